import type { RegistryDb } from './registry-db.js';
import type { StoredPrint } from './streams.js';
import { chunks } from './transactions.js';

/** A stream as stored, with where it stands in the org: what a sync or a metadata import merges into. */
export interface StoredStream extends StoredPrint {
  /** The stored description (the keys of ingest-review.md), as stored: validate before use. */
  description: Record<string, unknown>;
  /** When a sync last found it in the org (null: never synced). */
  orgSeenAt: number | null;
  removedAt: number | null;
}

/** Every stored stream by name. */
export async function storedStreams(db: RegistryDb): Promise<Map<string, StoredStream>> {
  const rows = await db.selectFrom('streams').select(['name', 'id', 'fingerprint', 'description', 'org_seen_at', 'removed_at']).execute();
  return new Map(
    rows.map((row) => [
      row.name,
      { id: row.id, fingerprint: row.fingerprint, description: JSON.parse(row.description) as Record<string, unknown>, orgSeenAt: row.org_seen_at, removedAt: row.removed_at },
    ]),
  );
}

/** Notes that a sync found these streams in the org; a stream found again is no longer removed. */
export async function markSeenInOrg(db: RegistryDb, streamIds: readonly number[], at: number): Promise<void> {
  for (const slice of chunks(streamIds)) {
    await db.updateTable('streams').set({ org_seen_at: at, removed_at: null }).where('id', 'in', slice).execute();
  }
}

/**
 * Marks removed (never deletes) every stream an earlier sync found in the org that this one did
 * not. Streams that never came from the org (a YAML import, a review) are not the org's to remove.
 * Returns their names. Call inside the sync's write transaction.
 */
export async function markGoneFromOrg(db: RegistryDb, present: ReadonlySet<number>, at: number): Promise<string[]> {
  const candidates = await db.selectFrom('streams').select(['id', 'name']).where('org_seen_at', 'is not', null).where('removed_at', 'is', null).execute();
  const gone = candidates.filter(({ id }) => !present.has(id));
  for (const slice of chunks(gone.map(({ id }) => id))) {
    await db.updateTable('streams').set({ removed_at: at }).where('id', 'in', slice).execute();
  }
  return gone.map(({ name }) => name);
}

/** A stream in use that a sync has seen run, with what judging its landing needs. */
export interface SyncedStream {
  id: number;
  name: string;
  connector: string | null;
  owner: string | null;
  description: Record<string, unknown>;
}

/** The streams still in use that have at least one observed run. */
export async function streamsWithRuns(db: RegistryDb): Promise<SyncedStream[]> {
  const rows = await db
    .selectFrom('streams as s')
    .select(['s.id', 's.name', 's.connector', 's.owner', 's.description'])
    .where('s.removed_at', 'is', null)
    .where((eb) => eb.exists(eb.selectFrom('stream_runs as r').select('r.stream_id').whereRef('r.stream_id', '=', 's.id')))
    .execute();
  return rows.map((row) => ({ ...row, description: JSON.parse(row.description) as Record<string, unknown> }));
}
