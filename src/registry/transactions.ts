import type { RegistryDb } from './registry-db.js';

/**
 * Runs `work` in one write transaction, or inside the caller's when `db` already is one (a
 * function that writes several rows is atomic alone and part of a larger write in a caller's).
 * On SQLite it begins IMMEDIATE (see `sqlite-dialect.ts`).
 */
export function inWriteTransaction<T>(db: RegistryDb, work: (trx: RegistryDb) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Runs several reads on one snapshot (PostgreSQL: REPEATABLE READ, read only; SQLite: a deferred
 * transaction), so counts and lists agree; inside the caller's transaction when there is one.
 */
export function inReadTransaction<T>(db: RegistryDb, work: (trx: RegistryDb) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work);
}

/** Rows per multi-row INSERT: well under both engines' limits on bound parameters. */
export const ROWS_PER_INSERT = 500;

/** `items` in slices of at most `size`. */
export function* chunks<T>(items: readonly T[], size: number = ROWS_PER_INSERT): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
