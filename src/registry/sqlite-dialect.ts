import type { Database, Statement } from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase, type TransactionSettings } from 'kysely';

/** Statements kept per connection; past this the cache starts over (only lists of varying length make new text). */
const MAX_CACHED_STATEMENTS = 1_000;

/**
 * Kysely's dialect for better-sqlite3, with two changes the registry needs:
 * - a write transaction begins IMMEDIATE, taking the write lock first, so two processes never
 *   both read "no claim" and a writer in another process is waited for (busy_timeout), where a
 *   deferred one would fail to upgrade its read lock; a read-only one stays deferred;
 * - each SQL text is prepared once per connection: an import runs the same statement 100,000 times.
 */
export class RegistrySqliteDialect extends SqliteDialect {
  private readonly database: SqliteDatabase;

  constructor(database: Database) {
    const caching = cachingDatabase(database);
    super({ database: caching });
    this.database = caching;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.database });
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(settings?.accessMode === 'read only' ? 'begin' : 'begin immediate'));
  }
}

function cachingDatabase(database: Database): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= MAX_CACHED_STATEMENTS) cache.clear();
        statement = database.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
