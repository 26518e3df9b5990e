import type { RegistryDb } from './open-registry.js';
import { statement } from './statements.js';

/** One run of a stream as a sync saw it in the org. Every field but the refresh time may be unknown. */
export interface ObservedRun {
  /** LastRefreshDate: the run's identity. */
  refreshedAt: Date;
  status: string | null;
  rowsAdded: number | null;
  errorCode: string | null;
}

export type RunChange = 'new' | 'updated' | 'unchanged';

type RunRow = [number, string | null, number | null, string | null];

const toRun = ([at, status, rowsAdded, errorCode]: RunRow): ObservedRun => ({ refreshedAt: new Date(at), status, rowsAdded, errorCode });

/**
 * Stores a run once per refresh time. Seeing the same refresh time again with other values (a
 * run that failed after its refresh was stamped) updates it. Call inside a write transaction.
 */
export function recordRun(db: RegistryDb, streamId: number, run: ObservedRun, observedAt: number): RunChange {
  const at = run.refreshedAt.getTime();
  const stored = statement(db, 'SELECT refreshed_at, status, rows_added, error_code FROM stream_runs WHERE stream_id = ? AND refreshed_at = ?').raw(true).get(streamId, at) as RunRow | undefined;
  const values = [run.status, run.rowsAdded, run.errorCode, observedAt, streamId, at];
  if (!stored) {
    statement(db, 'INSERT INTO stream_runs (status, rows_added, error_code, observed_at, stream_id, refreshed_at) VALUES (?, ?, ?, ?, ?, ?)').run(...values);
    return 'new';
  }
  if (stored[1] === run.status && stored[2] === run.rowsAdded && stored[3] === run.errorCode) return 'unchanged';
  statement(db, 'UPDATE stream_runs SET status = ?, rows_added = ?, error_code = ?, observed_at = ? WHERE stream_id = ? AND refreshed_at = ?').run(...values);
  return 'updated';
}

/** A stream's latest observed run, or null when a sync never saw it run. */
export function latestRun(db: RegistryDb, streamId: number): ObservedRun | null {
  const row = statement(db, 'SELECT refreshed_at, status, rows_added, error_code FROM stream_runs WHERE stream_id = ? ORDER BY refreshed_at DESC LIMIT 1').raw(true).get(streamId) as RunRow | undefined;
  return row ? toRun(row) : null;
}

/** Every stream's latest observed run, by stream id. */
export function latestRuns(db: RegistryDb): Map<number, ObservedRun> {
  const rows = statement(
    db,
    `SELECT r.stream_id, r.refreshed_at, r.status, r.rows_added, r.error_code
     FROM stream_runs r JOIN (SELECT stream_id, MAX(refreshed_at) AS last FROM stream_runs GROUP BY stream_id) l
       ON l.stream_id = r.stream_id AND l.last = r.refreshed_at`,
  ).raw(true).all() as Array<[number, ...RunRow]>;
  return new Map(rows.map(([streamId, ...run]) => [streamId, toRun(run)]));
}

/** The latest `count` observed runs of a stream, newest first. */
export function recentRuns(db: RegistryDb, streamId: number, count: number): ObservedRun[] {
  const rows = statement(db, 'SELECT refreshed_at, status, rows_added, error_code FROM stream_runs WHERE stream_id = ? ORDER BY refreshed_at DESC LIMIT ?').raw(true).all(streamId, count) as RunRow[];
  return rows.map(toRun);
}

/** The latest run before `before` that added rows, and how many runs since it added none. */
export function lastRowsBefore(db: RegistryDb, streamId: number, before: Date): { run: ObservedRun; emptyRunsSince: number } | null {
  const row = statement(db, 'SELECT refreshed_at, status, rows_added, error_code FROM stream_runs WHERE stream_id = ? AND refreshed_at < ? AND rows_added > 0 ORDER BY refreshed_at DESC LIMIT 1')
    .raw(true)
    .get(streamId, before.getTime()) as RunRow | undefined;
  if (!row) return null;
  const emptyRunsSince = statement(db, 'SELECT count(*) FROM stream_runs WHERE stream_id = ? AND refreshed_at > ? AND rows_added = 0').pluck().get(streamId, row[0]) as number;
  return { run: toRun(row), emptyRunsSince };
}
