import type { RegistryDb } from './registry-db.js';

/** One `streams sync` (from the CLI or `serve`'s schedule), for /healthz and the next catch-up. */
export interface SyncRecord {
  startedAt: Date;
  finishedAt: Date;
  outcome: 'ok' | 'failed';
  /** A one-line summary, or what went wrong. Never a secret. */
  detail: string;
}

export async function recordSync(db: RegistryDb, sync: SyncRecord): Promise<void> {
  await db.insertInto('org_syncs').values({ started_at: sync.startedAt.getTime(), finished_at: sync.finishedAt.getTime(), outcome: sync.outcome, detail: sync.detail }).execute();
}

/** The latest sync with that outcome (or of either, when none is given), or null: any instance's. */
export async function lastSync(db: RegistryDb, outcome?: SyncRecord['outcome']): Promise<SyncRecord | null> {
  let query = db.selectFrom('org_syncs').select(['started_at', 'finished_at', 'outcome', 'detail']).orderBy('finished_at', 'desc').orderBy('id', 'desc').limit(1);
  if (outcome) query = query.where('outcome', '=', outcome);
  const row = await query.executeTakeFirst();
  return row ? { startedAt: new Date(row.started_at), finishedAt: new Date(row.finished_at), outcome: row.outcome, detail: row.detail } : null;
}
