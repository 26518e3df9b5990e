import type { SalesforceConfig } from '../config/salesforce-config.js';
import type { Logger } from '../logging/logger.js';
import type { Registry } from '../registry/registry-db.js';
import { lastSync, type SyncRecord } from '../registry/sync-log.js';
import { openOrgSession, type OrgSession } from '../salesforce/org-session.js';
import { runSync } from '../sync/run-sync.js';
import { systemClock, type Clock } from './clock.js';
import { SCHEDULE_BUSY_RETRY_MS } from './schedule-lock.js';
import { SyncSchedule } from './sync-schedule.js';
import type { SyncTimes } from './sync-times.js';

export interface SyncServiceOptions {
  registry: Pick<Registry, 'db' | 'exclusively'>;
  salesforce: SalesforceConfig;
  times: SyncTimes;
  /** Where SF_PRIVATE_KEY_FILE is read from. */
  cwd: string;
  logger: Logger;
  clock?: Clock;
  /** How long to wait when another instance is running the schedule (default 30 s). */
  busyRetryMs?: number;
}

export interface SyncService {
  schedule: SyncSchedule;
  /** The last sync's time and outcome (of any process on this registry), for /healthz. */
  lastSync(): Promise<SyncRecord | null>;
}

/**
 * `serve`'s org sync: one session for the process (its token kept until the org answers 401),
 * opened again after a sync fails. A failed sync is logged and recorded; the next one tries again.
 * It runs on one instance at a time (the schedule lock); an instance that finds another's sync
 * done since this one was due does not sync again.
 */
export function createSyncService(options: SyncServiceOptions): SyncService {
  const { db } = options.registry;
  const clock = options.clock ?? systemClock;
  let session: Promise<OrgSession> | null = null;
  const connect = (): Promise<OrgSession> => (session ??= openOrgSession(options.salesforce, { cwd: options.cwd }));
  const lastSuccess = async () => (await lastSync(db, 'ok'))?.finishedAt ?? null;
  const syncUnlessDone = async (): Promise<void> => {
    const due = options.times.previous(clock.now());
    const last = await lastSuccess();
    if (due !== null && last !== null && last >= due) return options.logger.info({ lastSuccess: last.toISOString() }, 'the org was synced since this sync was due (by another instance); not syncing again');
    try {
      await runSync(db, connect, { dryRun: false, now: () => clock.now(), logger: options.logger });
    } catch {
      // runSync logged and recorded it; a fresh sign-in next time.
      session = null;
    }
  };
  const run = async (): Promise<Date | null> => {
    if (await options.registry.exclusively('schedule', syncUnlessDone)) return null;
    options.logger.info('another instance is running a scheduled job; syncing after it');
    return new Date(clock.now().getTime() + (options.busyRetryMs ?? SCHEDULE_BUSY_RETRY_MS));
  };
  const schedule = new SyncSchedule({ times: options.times, run, lastSuccess, logger: options.logger, clock });
  return { schedule, lastSync: () => lastSync(db) };
}
