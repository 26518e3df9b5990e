import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recordPick } from '../../src/registry/answer-picks.js';
import { canonicalJson } from '../../src/registry/fingerprint.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import type { Registry, RegistryLocation } from '../../src/registry/registry-db.js';
import { TABLES } from '../../src/registry/schema.js';
import { buildRegistryFixture } from '../bench/registry-fixture.js';
import { runInProcess } from '../cli/run-in-process.js';
import { sqliteFile } from '../support/engines.js';
import { freshDatabaseUrl } from '../support/postgres/databases.js';
import { registryEnv } from '../support/registry-env.js';
import { count, usingRegistry } from './helpers.js';

const V4_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'registry', 'schema-v4.db');

/** Every row of every table, each as canonical JSON (keys sorted), sorted: equal exactly when the rows are. */
async function everyRow(location: RegistryLocation): Promise<Record<string, string[]>> {
  return usingRegistry(location, async (db) => {
    const rows: Record<string, string[]> = {};
    for (const table of TABLES) rows[table] = (await sql`SELECT * FROM ${sql.table(table)}`.execute(db)).rows.map(canonicalJson).sort();
    return rows;
  });
}

/** A copy of the registry written by an earlier release, every table filled. */
function oldRegistry(): string {
  const file = sqliteFile('v4.db');
  copyFileSync(V4_FIXTURE, file);
  return file;
}

const copy = (from: string, to: string, ...extra: string[]) => runInProcess(['registry', 'copy', '--from', from, '--to', to, ...extra], { cwd: join(from, '..') });

describe('registry copy', () => {
  it('copies every row of every table into PostgreSQL, ids kept, and the copy works as the original did', async () => {
    const file = oldRegistry();
    // Tables added since version 4 get a row too, so every table is copied with something in it.
    await usingRegistry(file, (db) => recordPick(db, { questionId: 2, section: 'connectors#overview', by: 'U0PERSON', at: new Date('2026-12-01T08:00:00Z') }));
    const url = await freshDatabaseUrl();
    const run = await copy(file, url, '--json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const shown = JSON.parse(run.stdout);
    expect(shown).toMatchObject({ from: file, tables: { streams: 4, reviews: 3, latest_reviews: 2, chat_events: 2, answer_picks: 1, org_syncs: 2 } });
    expect(shown.to).not.toMatch(/ingest-advisor-tests/);
    const source = await everyRow({ engine: 'sqlite', file });
    expect(await everyRow({ engine: 'postgres', url })).toEqual(source);
    expect(Object.values(source).every((rows) => rows.length > 0)).toBe(true);

    // The same digest from both, and new rows numbered after the copied ones.
    const digest = (location: RegistryLocation) => runInProcess(['digest', '--json', '--now', '2026-12-01T09:00:00Z'], { env: registryEnv(location), cwd: join(file, '..') });
    const [fromFile, fromCopy] = [await digest({ engine: 'sqlite', file }), await digest({ engine: 'postgres', url })];
    expect(fromCopy).toMatchObject({ code: 0 });
    expect(fromCopy.stdout).toBe(fromFile.stdout);
    const reviewed = await runInProcess(['review', 'name=New stream', 'connector=s3', 'category=profile', 'refreshMode=upsert', '--record', '--by', 'ana'], { env: { DATABASE_URL: url }, cwd: join(file, '..') });
    expect(reviewed.stderr).toMatch(/Recorded 1 review by ana in postgres:\/\/postgres:\*\*\*@/);
    const ids = await usingRegistry({ engine: 'postgres', url }, (db) => db.selectFrom('streams').select('id').orderBy('id').execute());
    expect(ids.map((row) => row.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('copies a registry larger than one statement holds, row for row', async () => {
    const file = sqliteFile();
    const registry = await openRegistry(file);
    await buildRegistryFixture(registry, 1_234, 4_321, Date.parse('2026-11-25T09:00:00Z'));
    await registry.close();
    const url = await freshDatabaseUrl();
    expect(await copy(file, url)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Copied the registry .* in [\d.]+ s \(rows: streams 1,234; reviews 4,321; latest_reviews 1,111; snoozes 0;/) });
    expect(await everyRow({ engine: 'postgres', url })).toEqual(await everyRow({ engine: 'sqlite', file }));
  });

  it('refuses a database that already holds a registry, changing nothing, and replaces it when told to', async () => {
    const file = oldRegistry();
    const url = await freshDatabaseUrl();
    await usingRegistry({ engine: 'postgres', url }, (db) => db.insertInto('streams').values({ name: 'Already here', description: '{}', fingerprint: 'f', created_at: 1, updated_at: 1 }).execute());
    const refused = await copy(file, url);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already holds a registry \(streams 1\); nothing was copied\. .*--replace/);
    expect((await everyRow({ engine: 'postgres', url })).streams).toHaveLength(1);
    expect(await copy(file, url, '--replace')).toMatchObject({ code: 0 });
    expect(await everyRow({ engine: 'postgres', url })).toEqual(await everyRow({ engine: 'sqlite', file }));
  });

  it('copies nothing at all when a row fails part-way', async () => {
    const file = oldRegistry();
    // PostgreSQL's text cannot hold a NUL character, which SQLite's can: the questions, copied after the streams and reviews, fail.
    const raw = new Database(file);
    raw.prepare('INSERT INTO questions (question, confident, via, asked_at) VALUES (?, 0, ?, 1)').run('nul \u0000 inside', 'slack');
    raw.close();
    const url = await freshDatabaseUrl();
    const failed = await copy(file, url);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/The copy into postgres:\/\/postgres:\*\*\*@.* failed: .*Nothing was copied\./);
    const target: Registry = await openRegistry({ engine: 'postgres', url });
    for (const table of TABLES) expect(await count(target.db, table)).toBe(0);
    await target.close();
  });

  it('says what is wrong with its arguments, never showing a password', async () => {
    const file = oldRegistry();
    const notPostgres = await copy(file, 'mysql://root:hunter2@db/advisor');
    expect(notPostgres.code).toBe(2);
    expect(notPostgres.stderr).toMatch(/--to "mysql:\/\/root:\*\*\*@db\/advisor": must be a PostgreSQL URL/);
    expect(notPostgres.stderr).not.toMatch(/hunter2/);
    const missing = await copy(join(file, '..', 'nope.db'), 'postgres://a@localhost/b');
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/--from: no registry file at .*nope\.db/) });
    const noTarget = await runInProcess(['registry', 'copy', '--from', file], { env: {}, cwd: join(file, '..') });
    expect(noTarget).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs --to DATABASE_URL/) });
    expect(await runInProcess(['registry', 'move'], { env: {} })).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown action "move": use copy/) });
  });
});
