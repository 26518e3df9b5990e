/** How calls to the org are retried: on 429, 5xx and network errors only, a bounded number of times. */
export interface OrgRetry {
  /** Tries after the first one. */
  retries: number;
  /** The wait before the first retry; it doubles after each. */
  firstDelayMs: number;
}

export const DEFAULT_ORG_RETRY: OrgRetry = { retries: 3, firstDelayMs: 1_000 };

/** Statuses worth another try: the org is busy or failing, not refusing. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

export function delayBefore(retry: number, policy: OrgRetry): number {
  return policy.firstDelayMs * 2 ** (retry - 1);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
