import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RegistryError } from '../../src/errors.js';
import { SCHEMA_VERSION } from '../../src/registry/migrations.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { tempDir } from './helpers.js';

describe('openRegistry', () => {
  it('creates the folder and the file, in WAL mode with foreign keys on, at the latest schema', () => {
    const file = join(tempDir(), 'nested', 'deeper', 'advisor.db');
    const db = openRegistry(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['digest_posts', 'latest_reviews', 'reviews', 'snoozes', 'streams']));
    db.close();
  });

  it('reopens an existing registry without migrating it again and keeps its data', () => {
    const file = join(tempDir(), 'advisor.db');
    const first = openRegistry(file);
    first.prepare("INSERT INTO streams (name, description, fingerprint, created_at, updated_at) VALUES ('a', '{}', 'f', 1, 1)").run();
    first.close();
    const second = openRegistry(file);
    expect(second.prepare('SELECT count(*) FROM streams').pluck().get()).toBe(1);
    second.close();
  });

  it('refuses a registry with a newer schema, naming both versions, and leaves the file untouched', () => {
    const file = join(tempDir(), 'future.db');
    const future = new Database(file);
    future.exec('CREATE TABLE streams (id INTEGER PRIMARY KEY)');
    future.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    future.close();
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    expect(() => openRegistry(file)).toThrow(RegistryError);
    expect(() => openRegistry(file)).toThrow(new RegExp(`schema version ${SCHEMA_VERSION + 5}.*up to ${SCHEMA_VERSION}`));
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database with a RegistryError naming it', () => {
    const file = join(tempDir(), 'notes.db');
    writeFileSync(file, 'these are not the pages you are looking for '.repeat(200));
    expect(() => openRegistry(file)).toThrow(RegistryError);
    expect(() => openRegistry(file)).toThrow(/notes\.db is not an ingest-advisor registry/);
  });

  it('reports a folder it cannot create as a RegistryError that names INGEST_ADVISOR_DB', () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, 'x');
    expect(() => openRegistry(join(blocker, 'advisor.db'))).toThrow(/INGEST_ADVISOR_DB/);
  });

  it('lets a second connection write while the first holds the file open', () => {
    const file = join(tempDir(), 'advisor.db');
    const a = openRegistry(file);
    const b = openRegistry(file);
    b.prepare("INSERT INTO streams (name, description, fingerprint, created_at, updated_at) VALUES ('b', '{}', 'f', 1, 1)").run();
    expect(a.prepare('SELECT count(*) FROM streams').pluck().get()).toBe(1);
    a.close();
    b.close();
  });
});
