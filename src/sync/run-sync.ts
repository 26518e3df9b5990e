import { findNotLanding, type NotLandingStream } from '../landing/not-landing.js';
import type { Logger } from '../logging/logger.js';
import type { RegistryDb } from '../registry/registry-db.js';
import { writeOrRehearse } from '../registry/rehearse.js';
import { recordSync } from '../registry/sync-log.js';
import type { OrgSession } from '../salesforce/org-session.js';
import { applySnapshot, type SyncChanges } from './apply-snapshot.js';
import { readOrg } from './org-snapshot.js';
import { syncCounts } from './sync-report.js';

export interface SyncOptions {
  /** Show what would change, and change nothing (not even the sync log). */
  dryRun: boolean;
  now?: () => Date;
  logger?: Logger;
}

export interface SyncResult extends SyncChanges {
  dryRun: boolean;
  instanceUrl: string;
  /** When the registry was written (or would have been). */
  at: Date;
  /** Data streams the org has. */
  total: number;
  /** Streams not landing once the sync is applied, worst first. */
  notLanding: NotLandingStream[];
  notes: string[];
}

/**
 * One sync: sign in, read the org, and apply it to the registry in one transaction (rolled back
 * for a dry run), so a sync that fails part-way leaves the registry as it was. Each real sync's
 * outcome is logged in the registry for /healthz.
 */
export async function runSync(db: RegistryDb, connect: () => Promise<OrgSession>, options: SyncOptions): Promise<SyncResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  try {
    const snapshot = await readOrg(await connect());
    const at = now();
    const applied = await writeOrRehearse(db, options.dryRun, async (trx) => ({ ...(await applySnapshot(trx, snapshot.streams, at)), notLanding: await findNotLanding(trx, at) }));
    const result: SyncResult = { ...applied, dryRun: options.dryRun, instanceUrl: snapshot.instanceUrl, at, total: snapshot.streams.length, notes: snapshot.notes };
    if (!options.dryRun) await recordSync(db, { startedAt, finishedAt: now(), outcome: 'ok', detail: syncSummary(result) });
    options.logger?.info({ dryRun: options.dryRun, streams: result.total, added: result.added.length, changed: result.changed.length, removed: result.removed.length, notLanding: result.notLanding.length }, 'org sync finished');
    for (const note of result.notes) options.logger?.warn({ note }, 'org sync note');
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!options.dryRun) await recordSync(db, { startedAt, finishedAt: now(), outcome: 'failed', detail: message });
    options.logger?.error({ err: message }, 'org sync failed');
    throw error;
  }
}

/** One line: what the sync did. */
function syncSummary(result: SyncResult): string {
  return `${result.total} data stream${result.total === 1 ? '' : 's'}: ${syncCounts(result)}`;
}
