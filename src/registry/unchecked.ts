import type { RegistryDb } from './registry-db.js';
import type { UncheckedReason } from './reasons.js';
import { uncheckedChecks, type StreamCheck } from './stream-checks.js';
import { inReadTransaction } from './transactions.js';

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
export function findUnchecked(db: RegistryDb, asOf: Date, maxAgeDays: number): Promise<UncheckedReport> {
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
    const unchecked = (await uncheckedChecks(trx, now, maxAgeDays)) as UncheckedStream[];
    return { asOf, total: Number(total.n), snoozed: Number(snoozed.n), unchecked };
  });
}
