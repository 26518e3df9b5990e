import { redactUrl } from '../config/database-url.js';
import { migrate, type SchemaVersions } from './migrations.js';
import { openPostgres, postgresError, postgresVersions } from './open-postgres.js';
import { openSqlite, sqliteError, sqliteVersions } from './open-sqlite.js';
import type { Registry, RegistryLocation } from './registry-db.js';

/**
 * Opens the registry and brings its schema up to date: a SQLite file (a path alone means one),
 * created with its folder when needed, or a PostgreSQL database. Whichever instance starts first
 * migrates; one that finds a newer schema than it knows refuses with a RegistryError.
 */
export async function openRegistry(location: RegistryLocation | string): Promise<Registry> {
  const at: RegistryLocation = typeof location === 'string' ? { engine: 'sqlite', file: location } : location;
  if (at.engine === 'sqlite') return migrated(openSqlite(at.file), sqliteVersions, (error) => sqliteError(error, at.file));
  const where = redactUrl(at.url);
  return migrated(openPostgres(at.url, where), postgresVersions, (error) => postgresError(error, where));
}

async function migrated(registry: Registry, versions: SchemaVersions, explain: (error: unknown) => Error): Promise<Registry> {
  try {
    await migrate(registry.db, registry.engine, registry.where, versions);
    return registry;
  } catch (error) {
    await registry.close().catch(() => undefined);
    throw explain(error);
  }
}
