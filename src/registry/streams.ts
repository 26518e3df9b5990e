import type { RegistryDb } from './open-registry.js';
import type { DescribedStream } from './described-stream.js';
import { fingerprint } from './fingerprint.js';
import { statement } from './statements.js';

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
export function storedPrint(db: RegistryDb, name: string): StoredPrint | null {
  return (statement(db, 'SELECT id, fingerprint FROM streams WHERE name = ?').get(name) as StoredPrint | undefined) ?? null;
}

/** Every stored stream by name: one read instead of one per stream for a large import. */
export function storedPrints(db: RegistryDb): Map<string, StoredPrint> {
  const rows = statement(db, 'SELECT name, id, fingerprint FROM streams').raw(true).all() as Array<[string, number, string]>;
  return new Map(rows.map(([name, id, print]) => [name, { id, fingerprint: print }]));
}

/**
 * Stores a stream's latest description by name, given what is stored under that name now.
 * Call inside a write transaction. An equivalent description (same fingerprint) leaves the
 * row, and its `updated_at`, alone.
 */
export function upsertStream(db: RegistryDb, stream: DescribedStream, at: number, stored: StoredPrint | null = storedPrint(db, stream.name)): UpsertedStream {
  const print = fingerprint(stream);
  if (stored?.fingerprint === print) return { id: stored.id, fingerprint: print, change: 'unchanged' };
  const values = [JSON.stringify(stream), print, stream.connector ?? null, stream.owner ?? null, at];
  if (stored) {
    statement(db, 'UPDATE streams SET description = ?, fingerprint = ?, connector = ?, owner = ?, updated_at = ? WHERE id = ?').run(...values, stored.id);
    return { id: stored.id, fingerprint: print, change: 'changed' };
  }
  const info = statement(db, 'INSERT INTO streams (description, fingerprint, connector, owner, updated_at, name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    ...values,
    stream.name,
    at,
  );
  return { id: Number(info.lastInsertRowid), fingerprint: print, change: 'new' };
}
