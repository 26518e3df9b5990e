import { resolve } from 'node:path';
import { z } from 'zod';
import type { RegistryLocation } from '../registry/registry-db.js';
import { databaseUrlSchema, redactUrl } from './database-url.js';
import { parseEnvSection, wholeNumberVar, type Env } from './load-env.js';

/** Where the SQLite registry is when INGEST_ADVISOR_DB is not set. */
export const DEFAULT_DB_PATH = './data/advisor.db';

const registrySchema = z.object({
  INGEST_ADVISOR_DB: z.string().optional().transform((v) => v ?? DEFAULT_DB_PATH),
  DATABASE_URL: databaseUrlSchema.optional(),
  REVIEW_MAX_AGE_DAYS: wholeNumberVar(1, 3650, 90),
});

export interface RegistryConfig {
  /** DATABASE_URL's PostgreSQL database (shared by several instances), else the SQLite file INGEST_ADVISOR_DB. */
  location: RegistryLocation;
  /** The registry as people configured it, for messages: INGEST_ADVISOR_DB as given, or DATABASE_URL without its password. */
  label: string;
  /** A review older than this many days is stale. */
  reviewMaxAgeDays: number;
}

/** Reads the registry's settings; a relative INGEST_ADVISOR_DB is resolved against `cwd`. */
export function registryConfig(env: Env, cwd: string = process.cwd()): RegistryConfig {
  const parsed = parseEnvSection(registrySchema, env, { DATABASE_URL: redactUrl });
  const location: RegistryLocation = parsed.DATABASE_URL ? { engine: 'postgres', url: parsed.DATABASE_URL } : { engine: 'sqlite', file: resolve(cwd, parsed.INGEST_ADVISOR_DB) };
  const label = parsed.DATABASE_URL ? redactUrl(parsed.DATABASE_URL) : parsed.INGEST_ADVISOR_DB;
  return { location, label, reviewMaxAgeDays: parsed.REVIEW_MAX_AGE_DAYS };
}
