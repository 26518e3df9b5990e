import type { ObservedRun } from '../registry/stream-runs.js';
import { isFailedStatus, isPeriodic, OVERDUE_AFTER_MS, type PeriodicSchedule } from './reasons.js';

/** Why a stream is not landing, with what was seen. */
export type LandingFinding =
  | { reason: 'last-run-failed' }
  | { reason: 'overdue'; schedule: PeriodicSchedule; ageMs: number }
  | { reason: 'no-new-rows'; emptyRuns: number; rowsBefore: number };

/** What judging one stream needs; the run history is read only for a stream whose last run added nothing. */
export interface LandingEvidence {
  latest: ObservedRun;
  /** The stream's `schedule` as stored (any value; only the periodic ones can be overdue). */
  schedule: unknown;
  /** The two latest runs, newest first. */
  lastTwo(): Promise<ObservedRun[]>;
  /** The latest run before `before` that added rows, and how many empty runs followed it. */
  rowsBefore(before: Date): Promise<{ run: ObservedRun; emptyRunsSince: number } | null>;
}

/** The first reason that applies at `asOf` (in the order they are checked), or null when the stream is landing. */
export async function judgeLanding(evidence: LandingEvidence, asOf: Date): Promise<LandingFinding | null> {
  const { latest, schedule } = evidence;
  if (isFailedStatus(latest.status)) return { reason: 'last-run-failed' };
  if (isPeriodic(schedule)) {
    const ageMs = asOf.getTime() - latest.refreshedAt.getTime();
    if (ageMs > OVERDUE_AFTER_MS[schedule]) return { reason: 'overdue', schedule, ageMs };
  }
  if (latest.rowsAdded !== 0) return null;
  const lastTwo = await evidence.lastTwo();
  if (lastTwo.length < 2 || lastTwo.some((run) => run.rowsAdded !== 0)) return null;
  const before = await evidence.rowsBefore(lastTwo[1]!.refreshedAt);
  return before ? { reason: 'no-new-rows', emptyRuns: before.emptyRunsSince, rowsBefore: before.run.rowsAdded ?? 0 } : null;
}
