import { z } from 'zod';
import { parseEnvSection, wholeNumberVar, type Env } from './load-env.js';

const registrySchema = z.object({
  INGEST_ADVISOR_DB: z.string().optional().transform((v) => v ?? './data/advisor.db'),
  REVIEW_MAX_AGE_DAYS: wholeNumberVar(1, 3650, 90),
});

export interface RegistryConfig {
  /** The SQLite file of the stream registry. */
  dbPath: string;
  /** A review older than this many days is stale. */
  reviewMaxAgeDays: number;
}

export function registryConfig(env: Env): RegistryConfig {
  const parsed = parseEnvSection(registrySchema, env);
  return { dbPath: parsed.INGEST_ADVISOR_DB, reviewMaxAgeDays: parsed.REVIEW_MAX_AGE_DAYS };
}
