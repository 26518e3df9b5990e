import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { RegistryError } from '../../src/errors.js';
import { SCHEMA_VERSION } from '../../src/registry/migrations.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import type { Registry, RegistryLocation } from '../../src/registry/registry-db.js';
import { TABLES } from '../../src/registry/schema.js';
import { registryEnv } from '../support/registry-env.js';
import { describeEngines, engineUnderTest, sqliteFile } from '../support/engines.js';
import { freshDatabaseUrl } from '../support/postgres/databases.js';
import { exited, spawnTsx } from './child-process.js';
import { count } from './helpers.js';

const sqlite = engineUnderTest('sqlite');

/** The schema version as each engine keeps it. */
async function versionOf(registry: Registry): Promise<number> {
  if (registry.engine === 'sqlite') return (await sql<{ user_version: number }>`PRAGMA user_version`.execute(registry.db)).rows[0]!.user_version;
  return (await sql<{ v: number }>`SELECT max(version) AS v FROM registry_migrations`.execute(registry.db)).rows[0]!.v;
}

const insertStream = (registry: Registry, name: string) => registry.db.insertInto('streams').values({ name, description: '{}', fingerprint: 'f', created_at: 1, updated_at: 1 }).execute();


describeEngines('openRegistry', (engine) => {
  it('creates every table at the latest schema, and reopens without migrating again, keeping the data', async () => {
    const location = await engine.location();
    const first = await engine.open(location);
    expect(await versionOf(first)).toBe(SCHEMA_VERSION);
    for (const table of TABLES) expect(await count(first.db, table)).toBe(0);
    await insertStream(first, 'a');
    await first.close();
    const second = await engine.open(location);
    expect(await count(second.db, 'streams')).toBe(1);
    expect(await versionOf(second)).toBe(SCHEMA_VERSION);
  });

  it('lets a second connection write while the first holds the registry open', async () => {
    const location = await engine.location();
    const a = await engine.open(location);
    const b = await engine.open(location);
    await insertStream(b, 'b');
    expect(await count(a.db, 'streams')).toBe(1);
  });

  it('refuses a registry with a newer schema, naming both versions, and changes nothing', async () => {
    const location = await engine.location();
    const registry = await engine.open(location);
    const newer = SCHEMA_VERSION + 5;
    if (registry.engine === 'sqlite') await sql.raw(`PRAGMA user_version = ${newer}`).execute(registry.db);
    else await sql`INSERT INTO registry_migrations (version, applied_at) VALUES (${newer}, 0)`.execute(registry.db);
    await registry.close();
    const refused = openRegistry(location);
    await expect(refused).rejects.toThrow(RegistryError);
    await expect(openRegistry(location)).rejects.toThrow(new RegExp(`schema version ${newer}, but this ingest-advisor knows versions up to ${SCHEMA_VERSION}.*${engine.engine === 'sqlite' ? 'INGEST_ADVISOR_DB' : 'DATABASE_URL'}`));
  });

  it('is migrated once when several processes open a new registry at the same moment', async () => {
    const location: RegistryLocation = engine.engine === 'sqlite' ? { engine: 'sqlite', file: sqliteFile() } : { engine: 'postgres', url: await freshDatabaseUrl() };
    const runs = await Promise.all([0, 1, 2].map(() => exited(spawnTsx('test/registry/scripts/open-registry.ts', [], registryEnv(location)))));
    for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: '', stdout: `{"engine":"${engine.engine}","streams":0}\n` });
    const registry = await engine.open(location);
    expect(await versionOf(registry)).toBe(SCHEMA_VERSION);
    if (registry.engine === 'postgres') {
      const applied = await sql<{ version: number }>`SELECT version FROM registry_migrations ORDER BY version`.execute(registry.db);
      expect(applied.rows.map((row) => row.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    }
  }, 60_000);
});

describe('openRegistry on SQLite', () => {
  it('creates the folder and the file, in WAL mode with foreign keys on', async () => {
    const file = join(sqliteFile(), '..', 'nested', 'deeper', 'advisor.db');
    const registry = await sqlite.open({ engine: 'sqlite', file });
    expect(existsSync(file)).toBe(true);
    expect((await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(registry.db)).rows[0]!.journal_mode).toBe('wal');
    expect((await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(registry.db)).rows[0]!.foreign_keys).toBe(1);
  });

  it('leaves a file with a newer schema exactly as it was', async () => {
    const file = sqliteFile('future.db');
    const future = new Database(file);
    future.exec('CREATE TABLE streams (id INTEGER PRIMARY KEY)');
    future.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    future.close();
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    await expect(openRegistry(file)).rejects.toThrow(/INGEST_ADVISOR_DB at another file\. The registry was not changed/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database with a RegistryError naming it', async () => {
    const file = sqliteFile('notes.db');
    writeFileSync(file, 'these are not the pages you are looking for '.repeat(200));
    await expect(openRegistry(file)).rejects.toThrow(RegistryError);
    await expect(openRegistry(file)).rejects.toThrow(/notes\.db is not an ingest-advisor registry/);
  });

  it('reports a folder it cannot create as a RegistryError that names INGEST_ADVISOR_DB', async () => {
    const blocker = sqliteFile('a-file');
    writeFileSync(blocker, 'x');
    await expect(openRegistry(join(blocker, 'advisor.db'))).rejects.toThrow(/INGEST_ADVISOR_DB/);
  });
});

describe('openRegistry on PostgreSQL', () => {
  it('names the database without its password when it cannot connect', async () => {
    const url = 'postgres://advisor:s3cret@127.0.0.1:1/advisor';
    const refused = openRegistry({ engine: 'postgres', url });
    await expect(refused).rejects.toThrow(RegistryError);
    await expect(openRegistry({ engine: 'postgres', url })).rejects.toThrow(/postgres:\/\/advisor:\*\*\*@127\.0\.0\.1:1\/advisor: nothing is listening.*Check DATABASE_URL/);
    await expect(openRegistry({ engine: 'postgres', url })).rejects.not.toThrow(/s3cret/);
  });

  it('says so when the server refuses the password', async () => {
    const url = new URL(await freshDatabaseUrl());
    url.password = 'not-the-password';
    await expect(openRegistry({ engine: 'postgres', url: url.toString() })).rejects.toThrow(/refused the user name or password/);
  });
});

/** Every row of the tables a registry had at schema version 4, with the columns it had then, as plain values in a stable order. */
async function everyV4Row(registry: Registry, columns: Record<string, string[]>): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const [table, names] of Object.entries(columns)) {
    const all = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(registry.db)).rows;
    rows[table] = all.map((row) => JSON.stringify(Object.fromEntries(names.map((name) => [name, row[name]])))).sort();
  }
  return rows;
}

describe('a registry written by an earlier release', () => {
  it('is upgraded in place from schema version 4 with every row kept, and works as any other', async () => {
    const file = sqliteFile('v4.db');
    copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'registry', 'schema-v4.db'), file);
    const old = new Database(file, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(4);
    const v4Tables = TABLES.filter((table) => old.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined);
    const columns: Record<string, string[]> = {};
    const before: Record<string, unknown[]> = {};
    for (const table of v4Tables) {
      columns[table] = (old.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      before[table] = (old.prepare(`SELECT * FROM ${table}`).all() as unknown[]).map((row) => JSON.stringify(row)).sort();
    }
    old.close();
    const registry = await sqlite.open({ engine: 'sqlite', file });
    expect(await versionOf(registry)).toBe(SCHEMA_VERSION);
    expect(await everyV4Row(registry, columns)).toEqual(before);
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
    // Version 5: a question answered with confidence was an answer, any other an unknown.
    const bands = await registry.db.selectFrom('questions').select(['question', 'band']).orderBy('id').execute();
    expect(bands).toEqual([
      { question: 'what does upsert do with deletes?', band: 'answer' },
      { question: 'weather in Lisbon?', band: 'unknown' },
    ]);
    expect(await count(registry.db, 'answer_picks')).toBe(0);
    await insertStream(registry, 'Added after the upgrade');
    expect(await count(registry.db, 'streams')).toBe(5);
  });
});
