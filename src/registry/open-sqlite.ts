import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { RegistryError } from '../errors.js';
import { assertKnownSchema, type SchemaVersions } from './migrations.js';
import type { Registry, RegistryDb } from './registry-db.js';
import type { RegistrySchema } from './schema.js';
import { RegistrySqliteDialect } from './sqlite-dialect.js';

/** How long a writer waits for another process's write to finish before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

/** SQLite keeps the version in the file's header (`PRAGMA user_version`), where older releases look for it. */
const userVersion = async (db: RegistryDb) => (await sql<{ user_version: number }>`PRAGMA user_version`.execute(db)).rows[0]?.user_version ?? 0;

export const sqliteVersions: SchemaVersions = {
  peek: userVersion,
  // The migration's transaction began IMMEDIATE: it holds the write lock already.
  lockAndRead: userVersion,
  write: async (trx, _from, to) => {
    await sql.raw(`PRAGMA user_version = ${to}`).execute(trx);
  },
  variable: 'INGEST_ADVISOR_DB',
};

/**
 * Opens (creating the folder and file when needed) a SQLite registry, not yet migrated.
 * WAL lets readers and one writer work at once across processes; `synchronous = FULL`
 * makes each commit survive a crash of the machine, not only of the process.
 */
export function openSqlite(file: string): Registry {
  const database = connect(file);
  try {
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Before any pragma that writes: a newer schema must leave the file as it was.
    assertKnownSchema(database.pragma('user_version', { simple: true }) as number, file, 'INGEST_ADVISOR_DB');
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
  } catch (error) {
    database.close();
    throw sqliteError(error, file);
  }
  const db = new Kysely<RegistrySchema>({ dialect: new RegistrySqliteDialect(database) });
  return {
    db,
    engine: 'sqlite',
    where: file,
    // One instance: nothing else runs the schedule (another process on the file is kept off by the claims).
    exclusively: async (_job, work) => ({ value: await work() }),
    close: () => db.destroy(),
  };
}

function connect(file: string): Database.Database {
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    return new Database(file);
  } catch (error) {
    throw sqliteError(error, file);
  }
}

/** A SQLite error people can act on, naming the file and INGEST_ADVISOR_DB. */
export function sqliteError(error: unknown, file: string): Error {
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
