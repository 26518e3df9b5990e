import type { RegistryDb } from './registry-db.js';

/** One run of a stream as a sync saw it in the org. Every field but the refresh time may be unknown. */
export interface ObservedRun {
  /** LastRefreshDate: the run's identity. */
  refreshedAt: Date;
  status: string | null;
  rowsAdded: number | null;
  errorCode: string | null;
}

export type RunChange = 'new' | 'updated' | 'unchanged';

interface RunRow {
  refreshed_at: number;
  status: string | null;
  rows_added: number | null;
  error_code: string | null;
}

const RUN_COLUMNS = ['refreshed_at', 'status', 'rows_added', 'error_code'] as const;

const toRun = (row: RunRow): ObservedRun => ({ refreshedAt: new Date(row.refreshed_at), status: row.status, rowsAdded: row.rows_added, errorCode: row.error_code });

/**
 * Stores a run once per refresh time. Seeing the same refresh time again with other values (a
 * run that failed after its refresh was stamped) updates it. Each step is one statement, so two
 * syncs observing the same run at once both succeed. Call inside a write transaction.
 */
export async function recordRun(db: RegistryDb, streamId: number, run: ObservedRun, observedAt: number): Promise<RunChange> {
  const at = run.refreshedAt.getTime();
  const values = { status: run.status, rows_added: run.rowsAdded, error_code: run.errorCode, observed_at: observedAt };
  const inserted = await db
    .insertInto('stream_runs')
    .values({ ...values, stream_id: streamId, refreshed_at: at })
    .onConflict((conflict) => conflict.columns(['stream_id', 'refreshed_at']).doNothing())
    .returning('stream_id')
    .executeTakeFirst();
  if (inserted) return 'new';
  const updated = await db
    .updateTable('stream_runs')
    .set(values)
    .where('stream_id', '=', streamId)
    .where('refreshed_at', '=', at)
    .where((eb) => eb.or([eb('status', 'is distinct from', run.status), eb('rows_added', 'is distinct from', run.rowsAdded), eb('error_code', 'is distinct from', run.errorCode)]))
    .returning('stream_id')
    .executeTakeFirst();
  return updated ? 'updated' : 'unchanged';
}

/** A stream's latest observed run, or null when a sync never saw it run. */
export async function latestRun(db: RegistryDb, streamId: number): Promise<ObservedRun | null> {
  const row = await db.selectFrom('stream_runs').select(RUN_COLUMNS).where('stream_id', '=', streamId).orderBy('refreshed_at', 'desc').limit(1).executeTakeFirst();
  return row ? toRun(row) : null;
}

/** Every stream's latest observed run, by stream id. */
export async function latestRuns(db: RegistryDb): Promise<Map<number, ObservedRun>> {
  const rows = await db
    .selectFrom('stream_runs as r')
    .innerJoin(
      (eb) => eb.selectFrom('stream_runs').select((s) => ['stream_id', s.fn.max('refreshed_at').as('last')]).groupBy('stream_id').as('l'),
      (join) => join.onRef('l.stream_id', '=', 'r.stream_id').onRef('l.last', '=', 'r.refreshed_at'),
    )
    .select(['r.stream_id', 'r.refreshed_at', 'r.status', 'r.rows_added', 'r.error_code'])
    .execute();
  return new Map(rows.map((row) => [row.stream_id, toRun(row)]));
}

/** The latest `count` observed runs of a stream, newest first. */
export async function recentRuns(db: RegistryDb, streamId: number, count: number): Promise<ObservedRun[]> {
  const rows = await db.selectFrom('stream_runs').select(RUN_COLUMNS).where('stream_id', '=', streamId).orderBy('refreshed_at', 'desc').limit(count).execute();
  return rows.map(toRun);
}

/** The latest run before `before` that added rows, and how many runs since it added none. */
export async function lastRowsBefore(db: RegistryDb, streamId: number, before: Date): Promise<{ run: ObservedRun; emptyRunsSince: number } | null> {
  const row = await db
    .selectFrom('stream_runs')
    .select(RUN_COLUMNS)
    .where('stream_id', '=', streamId)
    .where('refreshed_at', '<', before.getTime())
    .where('rows_added', '>', 0)
    .orderBy('refreshed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const empty = await db
    .selectFrom('stream_runs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('stream_id', '=', streamId)
    .where('refreshed_at', '>', row.refreshed_at)
    .where('rows_added', '=', 0)
    .executeTakeFirstOrThrow();
  return { run: toRun(row), emptyRunsSince: Number(empty.n) };
}
