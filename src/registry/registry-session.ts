import { readEnv, type Env } from '../config/load-env.js';
import { registryConfig, type RegistryConfig } from '../config/registry-config.js';
import { openRegistry } from './open-registry.js';
import type { Registry, RegistryDb } from './registry-db.js';

export interface RegistrySession {
  db: RegistryDb;
  registry: Registry;
  config: RegistryConfig;
  /** The environment with `.env` filled in. */
  env: Env;
}

/**
 * Opens the registry (DATABASE_URL, else INGEST_ADVISOR_DB relative to `cwd`) for one command,
 * and closes it however the command ends.
 */
export async function withRegistry<T>(where: { env: Env; cwd: string }, use: (session: RegistrySession) => Promise<T> | T): Promise<T> {
  const env = readEnv(where.cwd, where.env);
  const config = registryConfig(env, where.cwd);
  const registry = await openRegistry(config.location);
  try {
    return await use({ db: registry.db, registry, config, env });
  } finally {
    await registry.close();
  }
}
