import { SendError } from './destination.js';

export interface RetryPolicy {
  /** Tries per destination in one run, the first included. */
  attempts: number;
  /** The wait after the first failure; it doubles after each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, firstDelayMs: 2_000, maxDelayMs: 60_000 };

export function isTransient(error: unknown): boolean {
  return !(error instanceof SendError) || error.transient;
}

/** The wait before try `attempt + 1`: exponential, but never shorter than the platform asked for. */
export function delayAfter(attempt: number, error: unknown, policy: RetryPolicy): number {
  const backoff = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (attempt - 1));
  const asked = error instanceof SendError && error.retryAfterMs !== undefined ? error.retryAfterMs : 0;
  return Math.max(backoff, asked);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
