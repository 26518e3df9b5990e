import { z } from 'zod';
import { cronProblem } from './digest-config.js';
import { parseEnvSection, type Env } from './load-env.js';

/** How early the default sync runs before each digest: time to finish before the digest reads the registry. */
export const SYNC_LEAD_MS = 30 * 60_000;

const syncSchema = z.object({
  SYNC_CRON: z
    .string()
    .superRefine((value, context) => {
      const problem = cronProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
});

/** SYNC_CRON (read in DIGEST_TZ), or null for the default: 30 minutes before each DIGEST_CRON run. */
export function syncCron(env: Env): string | null {
  return parseEnvSection(syncSchema, env).SYNC_CRON ?? null;
}
