import type { Logger } from '../logging/logger.js';
import type { RegistryDb } from '../registry/registry-db.js';
import type { DigestDestination } from './destination.js';
import { loadDigest } from './load-digest.js';
import { postDigest, type PostOutcome, type SenderOptions } from './sender.js';

export interface DigestJob {
  db: RegistryDb;
  destinations: readonly DigestDestination[];
  logger: Logger;
  maxAgeDays: number;
  limit: number;
  timeZone: string;
  now?: () => Date;
  sleep?: SenderOptions['sleep'];
  retry?: SenderOptions['retry'];
  leaseMs?: number;
}

/** Builds the digest as of now and posts it for `day` to every destination not yet done that day. */
export async function postDigestForDay(day: string, job: DigestJob): Promise<PostOutcome[]> {
  const now = job.now ?? (() => new Date());
  const { digest } = await loadDigest(job.db, now(), { maxAgeDays: job.maxAgeDays, limit: job.limit, timeZone: job.timeZone });
  return postDigest(digest, day, job.destinations, {
    db: job.db,
    logger: job.logger,
    now,
    sleep: job.sleep,
    retry: job.retry,
    leaseMs: job.leaseMs,
  });
}
