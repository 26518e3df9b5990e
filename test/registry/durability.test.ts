import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { importStreams } from '../../src/registry/import-streams.js';
import type { Registry, RegistryLocation } from '../../src/registry/registry-db.js';
import { registryEnv } from '../support/registry-env.js';
import { describeEngines, sqliteFile, type EngineUnderTest } from '../support/engines.js';
import { yamlList } from '../support/yaml-list.js';
import { exited, killHard, spawnTsx, waitFor } from './child-process.js';
import { count, stream } from './helpers.js';

const BIG = 25_000;
/** Reviews per process: each opens the registry as a command does, which costs a connection on PostgreSQL. */
const loopSize = (engine: EngineUnderTest) => (engine.engine === 'sqlite' ? 300 : 100);

/** SQLite's own check of the file; PostgreSQL's pages are its own business (and crash-safe by design). */
async function integrity(registry: Registry): Promise<string> {
  if (registry.engine !== 'sqlite') return 'ok';
  return (await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(registry.db)).rows[0]!.integrity_check;
}

/** Every stream's stored fingerprint is its latest review's: a stream and its review are written together. */
async function reviewsMatchStreams(registry: Registry): Promise<number> {
  const row = await registry.db
    .selectFrom('streams as s')
    .innerJoin('latest_reviews as l', 'l.stream_id', 's.id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .whereRef('l.fingerprint', '<>', 's.fingerprint')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}


/** Resolves once the import has written a good part of the file inside its transaction, not yet committed. */
async function importWriting(engine: EngineUnderTest, location: RegistryLocation, ended: () => boolean): Promise<void> {
  if (location.engine === 'sqlite') {
    // The import's one transaction spills pages into the WAL as it goes.
    const wal = `${location.file}-wal`;
    return waitFor(() => ended() || (existsSync(wal) && statSync(wal).size > 1_000_000), 120_000, 'the import to start writing');
  }
  // Uncommitted rows already take room in the table's file.
  const watcher = await engine.open(location);
  const deadline = Date.now() + 120_000;
  while (!ended() && Date.now() < deadline) {
    const { rows } = await sql<{ size: number }>`SELECT pg_relation_size('streams') AS size`.execute(watcher.db);
    if (rows[0]!.size > 1_000_000) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describeEngines('durability (kill -9)', (engine) => {
  it('a streams import killed mid-write leaves the registry as it was, or fully imported', async () => {
    const location = await engine.location();
    const before = await engine.open(location);
    await importStreams(before.db, [stream('Stream 0', { schedule: 'daily' }), stream('Kept')]);
    await before.close();
    const list = Array.from({ length: BIG }, (_, i) => ({ name: `Stream ${i}`, connector: 's3', category: 'profile', refreshMode: 'upsert', sourceRows: i }));
    const file = join(sqliteFile(), '..', 'big.yaml');
    writeFileSync(file, yamlList(list));

    const child = spawnTsx('src/cli/main.ts', ['streams', 'import', file], registryEnv(location));
    const done = exited(child);
    let ended = false;
    void done.then(() => (ended = true));
    await importWriting(engine, location, () => ended);
    expect(ended).toBe(false);
    killHard(child);
    const exit = await done;
    expect(exit.signal).toBe('SIGKILL');

    const registry = await engine.open(location);
    expect(await integrity(registry)).toBe('ok');
    const streams = await count(registry.db, 'streams');
    expect([2, BIG + 1]).toContain(streams);
    const first = await registry.db.selectFrom('streams').select('description').where('name', '=', 'Stream 0').executeTakeFirstOrThrow();
    // Untouched, or wholly replaced: never a mix.
    const description = JSON.parse(first.description) as Record<string, unknown>;
    expect(streams === 2 ? description.schedule : description.sourceRows).toBe(streams === 2 ? 'daily' : 0);
  });

  it('a loop of recorded reviews killed mid-way keeps every committed review whole', async () => {
    const location = await engine.location();
    await (await engine.open(location)).close();
    const child = spawnTsx('test/registry/scripts/record-loop.ts', ['loop', '100000', '7'], registryEnv(location));
    const done = exited(child);
    let printed = 0;
    child.stdout!.on('data', (chunk: Buffer) => (printed += (chunk.toString().match(/recorded/g) ?? []).length));
    const enough = loopSize(engine) / 2;
    await waitFor(() => printed >= enough, 120_000, `${enough} recorded reviews`);
    killHard(child);
    const exit = await done;
    expect(exit.signal).toBe('SIGKILL');

    const registry = await engine.open(location);
    expect(await integrity(registry)).toBe('ok');
    const reviews = await count(registry.db, 'reviews');
    // Each line is printed after its commit; one more may have committed before the kill landed.
    expect(reviews).toBeGreaterThanOrEqual(printed);
    expect(reviews).toBeLessThanOrEqual(printed + 1);
    expect(await reviewsMatchStreams(registry)).toBe(0);
    expect(await count(registry.db, 'streams')).toBe(7);
  });

  it('two processes recording reviews at once lose nothing', async () => {
    const location = await engine.location();
    await (await engine.open(location)).close();
    const each = loopSize(engine);
    const runs = ['alpha', 'beta'].map((prefix) => exited(spawnTsx('test/registry/scripts/record-loop.ts', [prefix, String(each), '5'], registryEnv(location))));
    const results = await Promise.all(runs);
    for (const result of results) expect(result).toMatchObject({ code: 0, stderr: '' });
    const registry = await engine.open(location);
    expect(await integrity(registry)).toBe('ok');
    expect(await count(registry.db, 'reviews')).toBe(2 * each);
    const alpha = await registry.db.selectFrom('reviews').select((eb) => eb.fn.countAll<number>().as('n')).where('by', 'like', 'alpha-%').executeTakeFirstOrThrow();
    expect(Number(alpha.n)).toBe(each);
    expect(await count(registry.db, 'streams')).toBe(10);
    expect(await reviewsMatchStreams(registry)).toBe(0);
  });
});
