import { Cron } from 'croner';
import { SYNC_LEAD_MS } from '../config/sync-config.js';

/** When syncs are due: SYNC_CRON's runs, or each digest run less the lead time. */
export interface SyncTimes {
  /** The first run after `from`, or null when there is none. */
  next(from: Date): Date | null;
  /** The latest run at or before `at`, or null. */
  previous(at: Date): Date | null;
}

const shifted = (date: Date | null | undefined, ms: number): Date | null => (date ? new Date(date.getTime() + ms) : null);

export function syncTimes(options: { syncCron: string | null; digestCron: string; timeZone: string }): SyncTimes {
  if (options.syncCron !== null) {
    const job = new Cron(options.syncCron, { timezone: options.timeZone });
    return { next: (from) => job.nextRun(from), previous: (at) => job.previousRuns(1, at)[0] ?? null };
  }
  // Shifting the digest's own runs works for any DIGEST_CRON, which rewriting its fields would not (minute 0 becomes hour - 1, day - 1…).
  const digest = new Cron(options.digestCron, { timezone: options.timeZone });
  return {
    next: (from) => shifted(digest.nextRun(shifted(from, SYNC_LEAD_MS)), -SYNC_LEAD_MS),
    previous: (at) => shifted(digest.previousRuns(1, shifted(at, SYNC_LEAD_MS)!)[0], -SYNC_LEAD_MS),
  };
}
