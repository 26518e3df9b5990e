import { sql, type RawBuilder } from 'kysely';
import type { Verdict } from '../review/types.js';
import { CHECK_ORDER, WORST_FIRST, type UncheckedReason } from './reasons.js';

export const DAY_MS = 86_400_000;

/** A latest review whose verdict is one of these leaves the stream unchecked. */
export const FAILED_VERDICTS: readonly Verdict[] = ['do-not-ship', 'needs-info'];

/** The test of each reason, over `streams s LEFT JOIN latest_reviews r`. */
const TESTS: Readonly<Record<UncheckedReason, (staleBefore: number) => RawBuilder<unknown>>> = {
  'never-reviewed': () => sql`r.stream_id IS NULL`,
  'changed-since-review': () => sql`r.fingerprint <> s.fingerprint`,
  'failed-review': () => sql`r.verdict IN (${sql.join(FAILED_VERDICTS.map((v) => sql.lit(v)))})`,
  'stale-review': (staleBefore) => sql`r.at < ${staleBefore}`,
};

/**
 * The check state in SQL, so that judging 100,000 streams returns only the unchecked ones:
 * the first reason of CHECK_ORDER that applies, or NULL when a passing review of the current
 * description is no older than the maximum age.
 */
export function reasonSql(staleBefore: number): RawBuilder<UncheckedReason | null> {
  return sql`CASE ${sql.join(
    CHECK_ORDER.map((reason) => sql`WHEN ${TESTS[reason](staleBefore)} THEN ${sql.lit(reason)}`),
    sql` `,
  )} END`;
}

/** Sorts reasons worst first (WORST_FIRST), for ORDER BY. */
export function rankSql(column: string): RawBuilder<number> {
  return sql`CASE ${sql.ref(column)} ${sql.join(
    WORST_FIRST.map((reason, rank) => sql`WHEN ${sql.lit(reason)} THEN ${sql.lit(rank)}`),
    sql` `,
  )} END`;
}

/** Reviews at or after this moment are not stale at `now`: older than the maximum age is stale. */
export function staleBefore(now: number, maxAgeDays: number): number {
  return now - maxAgeDays * DAY_MS;
}
