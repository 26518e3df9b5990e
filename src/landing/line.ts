import type { ObservedRun } from '../registry/stream-runs.js';
import type { LandingFinding } from './judge.js';
import type { PeriodicSchedule } from './reasons.js';
import { utcMinute } from '../text/utc-minute.js';

const SCHEDULE_NAMES: Readonly<Record<PeriodicSchedule, string>> = {
  '15min': 'a 15-minute schedule',
  hourly: 'an hourly schedule',
  daily: 'a daily schedule',
  weekly: 'a weekly schedule',
  monthly: 'a monthly schedule',
};

const count = new Intl.NumberFormat('en-US');

/** How long, as people say it: minutes under two hours, hours under two days, then days. */
export function elapsed(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} days`;
}

/** The one line that says what was seen, e.g. "Last run FAILURE, AUTH_FAILED (2026-12-03 06:00 UTC)." */
export function landingLine(finding: LandingFinding, latest: ObservedRun): string {
  const when = utcMinute(latest.refreshedAt);
  switch (finding.reason) {
    case 'last-run-failed':
      return `Last run ${latest.status ?? 'failed'}${latest.errorCode ? `, ${latest.errorCode}` : ''} (${when}).`;
    case 'overdue':
      return `No refresh for ${elapsed(finding.ageMs)} on ${SCHEDULE_NAMES[finding.schedule]} (last run ${when}).`;
    case 'no-new-rows':
      return `0 rows in the last ${finding.emptyRuns} runs, ${count.format(finding.rowsBefore)} before (last run ${when}).`;
  }
}
