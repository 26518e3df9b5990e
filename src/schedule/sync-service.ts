import type { SalesforceConfig } from '../config/salesforce-config.js';
import type { Logger } from '../logging/logger.js';
import type { RegistryDb } from '../registry/open-registry.js';
import { lastSync, type SyncRecord } from '../registry/sync-log.js';
import { openOrgSession, type OrgSession } from '../salesforce/org-session.js';
import { runSync } from '../sync/run-sync.js';
import type { Clock } from './clock.js';
import { SyncSchedule } from './sync-schedule.js';
import type { SyncTimes } from './sync-times.js';

export interface SyncServiceOptions {
  db: RegistryDb;
  salesforce: SalesforceConfig;
  times: SyncTimes;
  /** Where SF_PRIVATE_KEY_FILE is read from. */
  cwd: string;
  logger: Logger;
  clock?: Clock;
}

export interface SyncService {
  schedule: SyncSchedule;
  /** The last sync's time and outcome (of any process on this registry), for /healthz. */
  lastSync(): SyncRecord | null;
}

/**
 * `serve`'s org sync: one session for the process (its token kept until the org answers 401),
 * opened again after a sync fails. A failed sync is logged and recorded; the next one tries again.
 */
export function createSyncService(options: SyncServiceOptions): SyncService {
  let session: Promise<OrgSession> | null = null;
  const connect = (): Promise<OrgSession> => (session ??= openOrgSession(options.salesforce, { cwd: options.cwd }));
  const now = () => (options.clock?.now() ?? new Date());
  const run = async (): Promise<void> => {
    try {
      await runSync(options.db, connect, { dryRun: false, now, logger: options.logger });
    } catch {
      // runSync logged and recorded it; a fresh sign-in next time.
      session = null;
    }
  };
  const schedule = new SyncSchedule({ times: options.times, run, lastSuccess: () => lastSync(options.db, 'ok')?.finishedAt ?? null, logger: options.logger, ...(options.clock ? { clock: options.clock } : {}) });
  return { schedule, lastSync: () => lastSync(options.db) };
}
