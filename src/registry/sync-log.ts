import type { RegistryDb } from './open-registry.js';
import { statement } from './statements.js';

/** One `streams sync` (from the CLI or `serve`'s schedule), for /healthz and the next catch-up. */
export interface SyncRecord {
  startedAt: Date;
  finishedAt: Date;
  outcome: 'ok' | 'failed';
  /** A one-line summary, or what went wrong. Never a secret. */
  detail: string;
}

export function recordSync(db: RegistryDb, sync: SyncRecord): void {
  statement(db, 'INSERT INTO org_syncs (started_at, finished_at, outcome, detail) VALUES (?, ?, ?, ?)').run(sync.startedAt.getTime(), sync.finishedAt.getTime(), sync.outcome, sync.detail);
}

/** The latest sync with that outcome (or of either, when none is given), or null. */
export function lastSync(db: RegistryDb, outcome?: SyncRecord['outcome']): SyncRecord | null {
  const sql = `SELECT started_at, finished_at, outcome, detail FROM org_syncs ${outcome ? 'WHERE outcome = ?' : ''} ORDER BY finished_at DESC, id DESC LIMIT 1`;
  const row = statement(db, sql).raw(true).get(...(outcome ? [outcome] : [])) as [number, number, SyncRecord['outcome'], string] | undefined;
  return row ? { startedAt: new Date(row[0]), finishedAt: new Date(row[1]), outcome: row[2], detail: row[3] } : null;
}
