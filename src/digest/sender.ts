import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger.js';
import type { RegistryDb } from '../registry/registry-db.js';
import { claimPost, completePost, releaseClaim, renewClaim, type PostKey } from '../registry/digest-posts.js';
import type { DigestDestination } from './destination.js';
import { isEmptyDigest, type Digest } from './model.js';
import { DEFAULT_RETRY, delayAfter, errorText, isTransient, type RetryPolicy } from './retry-policy.js';

export interface SenderOptions {
  db: RegistryDb;
  logger: Logger;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  retry?: RetryPolicy;
  /** How long a claim keeps other processes off a destination; renewed before each try. */
  leaseMs?: number;
}

export type PostOutcome = { destination: string } & (
  | { status: 'sent' | 'found'; messageRef: string }
  | { status: 'already-done'; state: 'sent' | 'empty' }
  | { status: 'empty' }
  | { status: 'busy'; retryAt: Date }
  | { status: 'failed'; error: string }
);

export const DEFAULT_LEASE_MS = 10 * 60_000;

/**
 * Posts the digest of `day` to each destination at most once, ever: the claim in
 * `digest_posts` is taken in a write transaction before sending and completed after.
 * A digest with nothing unchecked is not posted, but the day is recorded as handled.
 */
export async function postDigest(digest: Digest, day: string, destinations: readonly DigestDestination[], options: SenderOptions): Promise<PostOutcome[]> {
  const outcomes: PostOutcome[] = [];
  for (const destination of destinations) outcomes.push(await postTo(destination, digest, day, options));
  return outcomes;
}

async function postTo(destination: DigestDestination, digest: Digest, day: string, options: SenderOptions): Promise<PostOutcome> {
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const key: PostKey = { day, destination: destination.id };
  const token = randomUUID();
  const claim = await claimPost(options.db, key, token, now().getTime(), leaseMs);
  if (claim.kind === 'done') {
    options.logger.info({ destination: key.destination, day, state: claim.state }, 'the digest of this day was already handled (by this process or another)');
    return { destination: key.destination, status: 'already-done', state: claim.state };
  }
  if (claim.kind === 'busy') return { destination: key.destination, status: 'busy', retryAt: new Date(claim.leaseEndsAt) };
  if (!claim.recovering && isEmptyDigest(digest)) {
    await completePost(options.db, key, token, { state: 'empty', messageRef: null, now: now().getTime() });
    return { destination: key.destination, status: 'empty' };
  }
  return sendWithRetries({ destination, digest, key, token, recovering: claim.recovering }, options, now);
}

interface Attempt {
  destination: DigestDestination;
  digest: Digest;
  key: PostKey;
  token: string;
  /** An earlier claim may have posted: look before sending. */
  recovering: boolean;
}

async function sendWithRetries(attempt: Attempt, options: SenderOptions, now: () => Date): Promise<PostOutcome> {
  const { db, logger } = options;
  const policy = options.retry ?? DEFAULT_RETRY;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const log = logger.child({ destination: attempt.key.destination, day: attempt.key.day });
  let lastError: unknown;
  for (let tryNumber = 1; tryNumber <= policy.attempts; tryNumber += 1) {
    if (!(await renewClaim(db, attempt.key, attempt.token, now().getTime()))) {
      log.warn('another process took over the digest claim; leaving it to that process');
      return { destination: attempt.key.destination, status: 'busy', retryAt: now() };
    }
    try {
      return await sendOnce(attempt, options, now);
    } catch (error) {
      lastError = error;
      // A send that failed may still have landed (a timeout after the platform accepted it).
      attempt.recovering = true;
      const retrying = isTransient(error) && tryNumber < policy.attempts;
      log.warn({ err: errorText(error), try: tryNumber, retrying }, 'digest post failed');
      if (!retrying) break;
      await sleep(delayAfter(tryNumber, error, policy));
    }
  }
  await releaseClaim(db, attempt.key, attempt.token, errorText(lastError));
  log.error({ err: errorText(lastError) }, 'digest not posted; the next run will try again');
  return { destination: attempt.key.destination, status: 'failed', error: errorText(lastError) };
}

async function sendOnce(attempt: Attempt, options: SenderOptions, now: () => Date): Promise<PostOutcome> {
  const { key, token, destination } = attempt;
  if (attempt.recovering) {
    const found = await destination.findPosted(key.day);
    if (found !== null) {
      await completePost(options.db, key, token, { state: 'sent', messageRef: found, now: now().getTime() });
      options.logger.info({ destination: key.destination, day: key.day, messageRef: found }, 'found the digest already posted; recorded it');
      return { destination: key.destination, status: 'found', messageRef: found };
    }
    attempt.recovering = false;
  }
  if (isEmptyDigest(attempt.digest)) {
    await completePost(options.db, key, token, { state: 'empty', messageRef: null, now: now().getTime() });
    return { destination: key.destination, status: 'empty' };
  }
  const messageRef = await destination.send(attempt.digest, key.day);
  if (!(await completePost(options.db, key, token, { state: 'sent', messageRef, now: now().getTime() }))) {
    options.logger.warn({ destination: key.destination, day: key.day, messageRef }, 'digest posted after the claim was taken over');
  }
  options.logger.info({ destination: key.destination, day: key.day, messageRef }, 'digest posted');
  return { destination: key.destination, status: 'sent', messageRef };
}
