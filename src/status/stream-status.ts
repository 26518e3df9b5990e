import { streamNotLanding, type NotLandingStream } from '../landing/not-landing.js';
import type { RegistryDb } from '../registry/registry-db.js';
import { inReadTransaction } from '../registry/transactions.js';
import type { UncheckedReason } from '../registry/reasons.js';
import { streamCheck, type LatestReview } from '../registry/stream-checks.js';
import { findStream } from '../registry/stream-lookup.js';
import { latestRun, type ObservedRun } from '../registry/stream-runs.js';

/** Everything chat's `status STREAM` shows: the review state and the latest run health, in one place. */
export interface StreamStatus {
  name: string;
  connector: string | null;
  owner: string | null;
  state: 'checked' | UncheckedReason;
  snoozedUntil: Date | null;
  /** When a sync found it gone from the org. */
  removedAt: Date | null;
  createdAt: Date;
  latestReview: LatestReview | null;
  /** Null when no sync has seen it run. */
  latestRun: ObservedRun | null;
  /** Why it is not landing, when it is not. */
  notLanding: NotLandingStream | null;
}

const date = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

/** A stream's status at `asOf` by its name (in any case, as people type it), or null when none has that name. */
export function streamStatus(db: RegistryDb, name: string, asOf: Date, maxAgeDays: number): Promise<StreamStatus | null> {
  // One snapshot: the review state and the run health agree.
  return inReadTransaction(db, async (trx): Promise<StreamStatus | null> => {
    const known = await findStream(trx, name);
    const check = known ? await streamCheck(trx, known.name, asOf.getTime(), maxAgeDays) : null;
    if (!known || !check) return null;
    const run = await latestRun(trx, check.streamId);
    // Judged alone: the digest's list of every stream not landing is not needed to answer for one.
    const stream = { id: check.streamId, name: check.name, connector: check.connector, owner: check.owner, description: known.description };
    return {
      name: check.name,
      connector: check.connector,
      owner: check.owner,
      state: check.reason ?? 'checked',
      snoozedUntil: date(check.snoozedUntil),
      removedAt: date(check.removedAt),
      createdAt: new Date(check.createdAt),
      latestReview: check.latest,
      latestRun: run,
      notLanding: check.removedAt === null && run !== null ? await streamNotLanding(trx, stream, run, asOf) : null,
    };
  });
}
