import type { DescribedStream } from './described-stream.js';
import { fingerprint } from './fingerprint.js';
import type { RegistryDb } from './registry-db.js';

export type StreamChange = 'new' | 'changed' | 'unchanged';

export interface UpsertedStream {
  id: number;
  fingerprint: string;
  change: StreamChange;
}

export interface StoredPrint {
  id: number;
  fingerprint: string;
}

/** The stored stream of that name, if any. */
export async function storedPrint(db: RegistryDb, name: string): Promise<StoredPrint | null> {
  return (await db.selectFrom('streams').select(['id', 'fingerprint']).where('name', '=', name).executeTakeFirst()) ?? null;
}

/** Every stored stream by name: one read instead of one per stream for a large import. */
export async function storedPrints(db: RegistryDb): Promise<Map<string, StoredPrint>> {
  const rows = await db.selectFrom('streams').select(['name', 'id', 'fingerprint']).execute();
  return new Map(rows.map(({ name, id, fingerprint: print }) => [name, { id, fingerprint: print }]));
}

/** A description as the registry stores it: its JSON and fingerprint worked out (by a worker thread, for a large import). */
export interface PreparedStream {
  name: string;
  description: string;
  fingerprint: string;
  connector: string | null;
  owner: string | null;
}

export function prepareStream(stream: DescribedStream): PreparedStream {
  return { name: stream.name, description: JSON.stringify(stream), fingerprint: fingerprint(stream), connector: stream.connector ?? null, owner: stream.owner ?? null };
}

/** The columns a description sets. */
export function streamColumns(stream: DescribedStream, print: string, at: number) {
  return { description: JSON.stringify(stream), fingerprint: print, connector: stream.connector ?? null, owner: stream.owner ?? null, updated_at: at };
}

/**
 * Stores a stream's latest description by name. With `stored` (what is under that name now, read
 * in this transaction) it writes at once; without, it finds out as it writes, one statement at a
 * time, so two instances storing the same new stream at once both succeed. An equivalent
 * description (same fingerprint) leaves the row, and its `updated_at`, alone.
 */
export async function upsertStream(db: RegistryDb, stream: DescribedStream, at: number, stored?: StoredPrint | null): Promise<UpsertedStream> {
  const print = fingerprint(stream);
  if (stored?.fingerprint === print) return { id: stored.id, fingerprint: print, change: 'unchanged' };
  const columns = streamColumns(stream, print, at);
  if (stored) {
    await db.updateTable('streams').set(columns).where('id', '=', stored.id).execute();
    return { id: stored.id, fingerprint: print, change: 'changed' };
  }
  const inserted = await db
    .insertInto('streams')
    .values({ ...columns, name: stream.name, created_at: at })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, fingerprint: print, change: 'new' };
  const updated = await db.updateTable('streams').set(columns).where('name', '=', stream.name).where('fingerprint', '<>', print).returning('id').executeTakeFirst();
  if (updated) return { id: updated.id, fingerprint: print, change: 'changed' };
  const same = await db.selectFrom('streams').select('id').where('name', '=', stream.name).executeTakeFirstOrThrow();
  return { id: same.id, fingerprint: print, change: 'unchanged' };
}
