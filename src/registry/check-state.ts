import type { Verdict } from '../review/types.js';
import { CHECK_ORDER, WORST_FIRST, type UncheckedReason } from './reasons.js';

export const DAY_MS = 86_400_000;

/** A latest review whose verdict is one of these leaves the stream unchecked. */
export const FAILED_VERDICTS: readonly Verdict[] = ['do-not-ship', 'needs-info'];

/** The test of each reason, over `streams s LEFT JOIN latest_reviews r`, with `@staleBefore` bound. */
const TESTS: Readonly<Record<UncheckedReason, string>> = {
  'never-reviewed': 'r.stream_id IS NULL',
  'changed-since-review': 'r.fingerprint <> s.fingerprint',
  'failed-review': `r.verdict IN (${FAILED_VERDICTS.map((v) => `'${v}'`).join(', ')})`,
  'stale-review': 'r.at < @staleBefore',
};

/**
 * The check state in SQL, so that judging 100,000 streams returns only the unchecked ones:
 * the first reason of CHECK_ORDER that applies, or NULL when a passing review of the current
 * description is no older than the maximum age.
 */
export const REASON_SQL = `CASE ${CHECK_ORDER.map((reason) => `WHEN ${TESTS[reason]} THEN '${reason}'`).join(' ')} END`;

/** Sorts reasons worst first (WORST_FIRST), for ORDER BY. */
export function rankSql(column: string): string {
  return `CASE ${column} ${WORST_FIRST.map((reason, rank) => `WHEN '${reason}' THEN ${rank}`).join(' ')} END`;
}

/** Reviews at or after this moment are not stale at `now`: older than the maximum age is stale. */
export function staleBefore(now: number, maxAgeDays: number): number {
  return now - maxAgeDays * DAY_MS;
}
