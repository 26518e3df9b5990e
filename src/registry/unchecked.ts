import { CHECK_ORDER, type UncheckedReason } from './reasons.js';
import type { RegistryDb } from './registry-db.js';
import { firstUncheckedChecks, uncheckedChecks, type StreamCheck } from './stream-checks.js';
import { inReadTransaction } from './transactions.js';

export type UncheckedStream = StreamCheck & { reason: UncheckedReason };

export interface UncheckedReport {
  asOf: Date;
  /** Streams in the registry, but for those a sync found gone from the org. */
  total: number;
  /** Streams under a snooze at `asOf`, left out of `unchecked` whatever their state. */
  snoozed: number;
  /** How many unchecked streams each reason has. */
  counts: Readonly<Record<UncheckedReason, number>>;
  /** Worst reason first, then by name: every one, or (when asked for the first few) the first few of each reason. */
  unchecked: UncheckedStream[];
}

/** How many of `streams` each reason has. */
export function countByReason(streams: readonly UncheckedStream[]): Record<UncheckedReason, number> {
  const counts = Object.fromEntries(CHECK_ORDER.map((reason) => [reason, 0])) as Record<UncheckedReason, number>;
  for (const stream of streams) counts[stream.reason] += 1;
  return counts;
}

/**
 * The unchecked streams at `asOf`, judged against the registry as it is now: all of them, or with
 * `first`, the first `first` of each reason (what a digest cut at that many can show) and the counts.
 */
export function findUnchecked(db: RegistryDb, asOf: Date, maxAgeDays: number, first?: number): Promise<UncheckedReport> {
  const now = asOf.getTime();
  // One snapshot: the counts and the list agree.
  return inReadTransaction(db, async (trx): Promise<UncheckedReport> => {
    const total = await trx.selectFrom('streams').select((eb) => eb.fn.countAll<number>().as('n')).where('removed_at', 'is', null).executeTakeFirstOrThrow();
    const snoozed = await trx
      .selectFrom('snoozes as z')
      .innerJoin('streams as s', 's.id', 'z.stream_id')
      .select((eb) => eb.fn.count<number>('z.stream_id').distinct().as('n'))
      .where('z.until', '>', now)
      .where('s.removed_at', 'is', null)
      .executeTakeFirstOrThrow();
    const base = { asOf, total: Number(total.n), snoozed: Number(snoozed.n) };
    if (first === undefined) {
      const unchecked = (await uncheckedChecks(trx, now, maxAgeDays)) as UncheckedStream[];
      return { ...base, counts: countByReason(unchecked), unchecked };
    }
    // At least one of each reason, which carries its count.
    const found = await firstUncheckedChecks(trx, now, maxAgeDays, Math.max(1, first));
    const counts = Object.fromEntries(CHECK_ORDER.map((reason) => [reason, found.counts.get(reason) ?? 0])) as Record<UncheckedReason, number>;
    return { ...base, counts, unchecked: found.checks as UncheckedStream[] };
  });
}
