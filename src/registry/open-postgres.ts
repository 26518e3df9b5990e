import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { RegistryError } from '../errors.js';
import type { SchemaVersions } from './migrations.js';
import type { ExclusiveJob, Registry } from './registry-db.js';
import type { RegistrySchema } from './schema.js';

/** Connections per instance: a few requests, the digest and a sync at once. */
const POOL_SIZE = 10;
/** A server that does not answer (a dropped route, a firewall) fails start-up in this time, not the system's minutes. */
const CONNECT_TIMEOUT_MS = 10_000;

/** The advisory locks' first key, ingest-advisor's own; the second names the lock. */
const LOCK_SPACE = 0x1a7e_0017;
const LOCKS = { migrations: 1, schedule: 2 } as const satisfies Record<'migrations' | ExclusiveJob, number>;

const INT8 = 20;

/** PostgreSQL keeps the version as a row per applied step; an advisory lock serialises instances' migrations. */
export const postgresVersions: SchemaVersions = {
  peek: async (db) => {
    try {
      return (await sql<{ version: number | null }>`SELECT max(version) AS version FROM registry_migrations`.execute(db)).rows[0]?.version ?? null;
    } catch (error) {
      // No such table yet: a new database.
      if ((error as { code?: unknown }).code === '42P01') return null;
      throw error;
    }
  },
  lockAndRead: async (trx) => {
    // Released when the migration's transaction ends, or when its session dies with the process.
    await sql`SELECT pg_advisory_xact_lock(${LOCK_SPACE}, ${LOCKS.migrations})`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS registry_migrations (version integer PRIMARY KEY, applied_at bigint NOT NULL)`.execute(trx);
    const { rows } = await sql<{ version: number | null }>`SELECT max(version) AS version FROM registry_migrations`.execute(trx);
    return rows[0]?.version ?? 0;
  },
  write: async (trx, from, to) => {
    const rows = Array.from({ length: to - from }, (_, i) => sql`(${from + i + 1}, ${Date.now()})`);
    await sql`INSERT INTO registry_migrations (version, applied_at) VALUES ${sql.join(rows)}`.execute(trx);
  },
  variable: 'DATABASE_URL',
};

/** Opens a pool on a PostgreSQL registry, not yet migrated; connections are made as queries need them. */
export function openPostgres(url: string, where: string): Registry {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'ingest-advisor',
    // Times and ids are bigint; every one is far below 2^53, so they are read as numbers.
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  // An idle connection the server dropped (a restart, a failover) is replaced by the next query, which reports any error.
  pool.on('error', () => undefined);
  const db = new Kysely<RegistrySchema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'postgres',
    where,
    exclusively: (job, work) => exclusively(db, LOCKS[job], work),
    close: () => db.destroy(),
  };
}

/**
 * A session-level advisory lock, held on one connection of the pool while `work` runs (its
 * queries use the others). If this process dies, the server ends the session and releases it.
 */
async function exclusively<T>(db: Kysely<RegistrySchema>, lock: number, work: () => Promise<T>): Promise<{ value: T } | null> {
  return db.connection().execute(async (connection) => {
    const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_lock(${LOCK_SPACE}, ${lock}) AS locked`.execute(connection);
    if (!rows[0]?.locked) return null;
    try {
      return { value: await work() };
    } finally {
      await sql`SELECT pg_advisory_unlock(${LOCK_SPACE}, ${lock})`.execute(connection).catch(() => undefined);
    }
  });
}

/** PostgreSQL's connection and permission errors, named for people: what failed and which variable to check. */
export function postgresError(error: unknown, where: string): Error {
  if (error instanceof RegistryError) return error;
  if (!(error instanceof Error)) return new Error(String(error));
  const code = String((error as { code?: unknown }).code ?? '');
  const timedOut = code === '' && /timeout/i.test(error.message);
  const reason = timedOut ? CONNECTION_ERRORS.ETIMEDOUT! : (CONNECTION_ERRORS[code] ?? (code.startsWith('E') || code.startsWith('28') || code.startsWith('08') ? error.message : null));
  if (reason === null) return error;
  return new RegistryError(`Cannot use the registry database ${where}: ${reason}. Check DATABASE_URL (host, port, user, password, database) and that the server is running.`);
}

const CONNECTION_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'nothing is listening at that host and port',
  ENOTFOUND: 'the host name is unknown',
  ETIMEDOUT: 'the connection timed out',
  '28P01': 'the server refused the user name or password',
  '3D000': 'the database does not exist (create it first, e.g. createdb)',
  '42501': 'the user may not create tables in it (grant CREATE on the schema, or run the first start as its owner)',
};
