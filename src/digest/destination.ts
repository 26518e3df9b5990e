import type { Digest } from './model.js';

/**
 * Where a digest is posted: the Slack channel, or one Teams conversation. Adapters implement it.
 * `id` is stable across restarts (e.g. `slack:C0123`, `teams:<conversation id>`): it keys the
 * once-a-day record.
 */
export interface DigestDestination {
  readonly id: string;
  /**
   * Posts the digest of `day` (`YYYY-MM-DD` in DIGEST_TZ) and returns a reference to the message.
   * Must give up well within the claim's lease (10 minutes): after it, another process may
   * take the claim over.
   */
  send(digest: Digest, day: string): Promise<string>;
  /**
   * Looks for a digest of `day` already posted (e.g. Slack message metadata in the channel's
   * recent history). Called before re-sending after a crash, so a post that went out but was
   * never recorded is not posted again. Returns its reference, or null.
   */
  findPosted(day: string): Promise<string | null>;
}

/**
 * A failed send. `transient` errors (rate limits, outages, timeouts) are retried with backoff;
 * others are not retried in this run. Errors that are not a SendError count as transient.
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    /** The platform's own wait (Slack's Retry-After), when it gave one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SendError';
  }
}
