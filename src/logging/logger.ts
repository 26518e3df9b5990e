import { pino, type Logger } from 'pino';
import { z } from 'zod';
import { parseEnvSection, type Env } from '../config/load-env.js';

export type { Logger };

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const loggingSchema = z.object({
  LOG_LEVEL: z.enum(LEVELS, { message: `must be one of ${LEVELS.join(', ')}` }).optional(),
});

/**
 * JSON lines on standard error (standard output is the commands' own output), written
 * synchronously so that nothing is lost when a CLI process exits right after logging.
 */
export function createLogger(env: Env): Logger {
  const level = parseEnvSection(loggingSchema, env).LOG_LEVEL ?? 'info';
  return pino({ name: 'ingest-advisor', level }, pino.destination({ fd: 2, sync: true }));
}

/** For tests and callers that have nowhere to log. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
