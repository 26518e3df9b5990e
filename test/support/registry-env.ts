import type { RegistryLocation } from '../../src/registry/registry-db.js';

/** The environment a command or a child process finds the registry at `location` in. */
export function registryEnv(location: RegistryLocation): Record<string, string> {
  return location.engine === 'sqlite' ? { INGEST_ADVISOR_DB: location.file } : { DATABASE_URL: location.url };
}
