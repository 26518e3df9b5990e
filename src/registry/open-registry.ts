import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { RegistryError } from '../errors.js';
import { assertKnownSchema, migrate } from './migrations.js';

export type RegistryDb = Database.Database;

/** How long a writer waits for another process's write to finish before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens (creating the folder and file when needed) and migrates the registry.
 * WAL lets readers and one writer work at once across processes; `synchronous = FULL`
 * makes each commit survive a crash of the machine, not only of the process.
 */
export function openRegistry(file: string): RegistryDb {
  const db = connect(file);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Before any pragma that writes: a newer schema must leave the file as it was.
    assertKnownSchema(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw asRegistryError(error, file);
  }
}

function connect(file: string): RegistryDb {
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    return new Database(file);
  } catch (error) {
    throw asRegistryError(error, file);
  }
}

function asRegistryError(error: unknown, file: string): Error {
  if (error instanceof RegistryError) return error;
  if (!(error instanceof Error)) return new Error(String(error));
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new RegistryError(`${file} is not an ingest-advisor registry (${error.message}). Point INGEST_ADVISOR_DB at another file.`);
  }
  if (typeof code === 'string' && (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('E'))) {
    return new RegistryError(`Cannot open the registry ${file}: ${error.message}. Check INGEST_ADVISOR_DB and the folder's permissions.`);
  }
  return error;
}
