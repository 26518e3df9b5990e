/**
 * Why a stream is not landing data, in the order the reasons are checked and shown: a failed
 * run is certain, a missed schedule nearly so, empty runs may still be a quiet source.
 */
export const NOT_LANDING_ORDER = ['last-run-failed', 'overdue', 'no-new-rows'] as const;
export type NotLandingReason = (typeof NOT_LANDING_ORDER)[number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A scheduled stream whose latest refresh is older than this is overdue: twice the schedule's period. */
export const OVERDUE_AFTER_MS = {
  '15min': 30 * MINUTE,
  hourly: 2 * HOUR,
  daily: 2 * DAY,
  weekly: 14 * DAY,
  monthly: 62 * DAY,
} as const;
export type PeriodicSchedule = keyof typeof OVERDUE_AFTER_MS;

export function isPeriodic(schedule: unknown): schedule is PeriodicSchedule {
  return typeof schedule === 'string' && Object.hasOwn(OVERDUE_AFTER_MS, schedule);
}

/** Any run status that says FAIL or ERROR, in any case (the enum is open: FAILURE, FAILED, ERROR…). */
export function isFailedStatus(status: string | null): boolean {
  return status !== null && /fail|error/i.test(status);
}
