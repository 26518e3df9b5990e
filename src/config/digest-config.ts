import { Cron } from 'croner';
import { z } from 'zod';
import { parseEnvSection, wholeNumberVar, type Env } from './load-env.js';

export interface DigestConfig {
  /** When the digest goes out, a cron pattern read in `timeZone`. */
  cron: string;
  /** An IANA time zone; a digest belongs to the local date there. */
  timeZone: string;
  /** The Slack channel id for the daily digest, or null for none. */
  slackChannel: string | null;
  /** At most this many streams are listed in a posted digest; the rest are counted. */
  limit: number;
}

const digestSchema = z.object({
  DIGEST_CRON: z
    .string()
    .optional()
    .transform((value) => value ?? '0 9 * * 1-5')
    .superRefine((value, context) => {
      const problem = cronProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  DIGEST_TZ: z
    .string()
    .optional()
    .transform((value) => value ?? 'UTC')
    .refine(isTimeZone, { message: 'must be an IANA time zone such as UTC, Europe/Berlin or America/New_York' }),
  DIGEST_SLACK_CHANNEL: z.string().optional(),
  DIGEST_LIMIT: wholeNumberVar(1, 40, 20),
});

/** Reads and checks the digest's variables; a bad cron or time zone is a ConfigError naming it. */
export function digestConfig(env: Env): DigestConfig {
  const parsed = parseEnvSection(digestSchema, env);
  return { cron: parsed.DIGEST_CRON, timeZone: parsed.DIGEST_TZ, slackChannel: parsed.DIGEST_SLACK_CHANNEL ?? null, limit: parsed.DIGEST_LIMIT };
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function cronProblem(pattern: string): string | null {
  try {
    // Without a function croner only parses: nothing is scheduled.
    const job = new Cron(pattern, { timezone: 'UTC' });
    if (job.nextRun() === null) return 'this cron pattern never runs';
    return null;
  } catch (error) {
    return `is not a valid cron pattern (${(error as Error).message}); e.g. "0 9 * * 1-5" is 09:00 on weekdays`;
  }
}
