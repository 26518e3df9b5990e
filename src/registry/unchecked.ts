import type { RegistryDb } from './open-registry.js';
import type { UncheckedReason } from './reasons.js';
import { statement } from './statements.js';
import { uncheckedChecks, type StreamCheck } from './stream-checks.js';

export type UncheckedStream = StreamCheck & { reason: UncheckedReason };

export interface UncheckedReport {
  asOf: Date;
  /** Streams in the registry, but for those a sync found gone from the org. */
  total: number;
  /** Streams under a snooze at `asOf`, left out of `unchecked` whatever their state. */
  snoozed: number;
  /** Worst reason first, then by name. */
  unchecked: UncheckedStream[];
}

/** The unchecked streams at `asOf`, judged against the registry as it is now. */
export function findUnchecked(db: RegistryDb, asOf: Date, maxAgeDays: number): UncheckedReport {
  const now = asOf.getTime();
  const read = db.transaction((): UncheckedReport => {
    const total = statement(db, 'SELECT count(*) FROM streams WHERE removed_at IS NULL').pluck().get() as number;
    const snoozed = statement(db, 'SELECT count(DISTINCT z.stream_id) FROM snoozes z JOIN streams s ON s.id = z.stream_id WHERE z.until > ? AND s.removed_at IS NULL').pluck().get(now) as number;
    const unchecked = uncheckedChecks(db, now, maxAgeDays) as UncheckedStream[];
    return { asOf, total, snoozed, unchecked };
  });
  // One read transaction: the counts and the list come from the same snapshot.
  return read.deferred();
}
