import { RegistryError } from '../errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migration-steps.js';
import type { Engine, RegistryDb } from './registry-db.js';

export { SCHEMA_VERSION };

/** Where an engine keeps the schema's version, and how it keeps two instances from migrating at once. */
export interface SchemaVersions {
  /** The version, read without a lock (a registry already up to date is not locked at all), or null when none is recorded yet. */
  peek(db: RegistryDb): Promise<number | null>;
  /** Inside the migration's transaction: waits for any other instance's migration, then reads the version. */
  lockAndRead(trx: RegistryDb): Promise<number>;
  /** Records that the steps after `from` up to `to` were applied. */
  write(trx: RegistryDb, from: number, to: number): Promise<void>;
  /** The variable that chose this registry, for the message that refuses a newer one. */
  variable: 'INGEST_ADVISOR_DB' | 'DATABASE_URL';
}

/** Refuses a registry written by a newer ingest-advisor, before anything is written to it. */
export function assertKnownSchema(version: number, where: string, variable: SchemaVersions['variable']): void {
  if (version <= SCHEMA_VERSION) return;
  const other = variable === 'DATABASE_URL' ? 'another database' : 'another file';
  throw new RegistryError(
    `The registry ${where} has schema version ${version}, but this ingest-advisor knows versions up to ${SCHEMA_VERSION}. ` +
      `Upgrade ingest-advisor (every instance sharing it), or point ${variable} at ${other}. The registry was not changed.`,
  );
}

/**
 * Applies the missing steps in one transaction, under the engine's lock, so of several processes
 * or instances starting at once on a new or older registry the first migrates it and the others
 * find it done. DDL is transactional on both engines: a failed step leaves the previous version.
 */
export async function migrate(db: RegistryDb, engine: Engine, where: string, versions: SchemaVersions): Promise<void> {
  const seen = await versions.peek(db);
  if (seen !== null) assertKnownSchema(seen, where, versions.variable);
  if (seen === SCHEMA_VERSION) return;
  await db.transaction().execute(async (trx) => {
    const from = await versions.lockAndRead(trx);
    assertKnownSchema(from, where, versions.variable);
    for (let version = from; version < SCHEMA_VERSION; version += 1) await MIGRATIONS[version]!({ db: trx, engine });
    if (from < SCHEMA_VERSION) await versions.write(trx, from, SCHEMA_VERSION);
  });
}
