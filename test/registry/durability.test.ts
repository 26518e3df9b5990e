import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importStreams } from '../../src/registry/import-streams.js';
import { openRegistry, type RegistryDb } from '../../src/registry/open-registry.js';
import { exited, killHard, spawnTsx, waitFor } from './child-process.js';
import { stream, tempDir } from './helpers.js';
import { yamlList } from '../support/yaml-list.js';

const BIG = 25_000;

function integrity(db: RegistryDb): string {
  return db.pragma('integrity_check', { simple: true }) as string;
}

/** Every stream's stored fingerprint is its latest review's: a stream and its review are written together. */
function reviewsMatchStreams(db: RegistryDb): number {
  return db
    .prepare('SELECT count(*) FROM streams s JOIN latest_reviews l ON l.stream_id = s.id WHERE l.fingerprint <> s.fingerprint')
    .pluck()
    .get() as number;
}

describe('durability (kill -9)', () => {
  it('a streams import killed mid-write leaves the registry as it was, or fully imported', async () => {
    const dir = tempDir();
    const file = join(dir, 'advisor.db');
    const before = openRegistry(file);
    importStreams(before, [stream('Stream 0', { schedule: 'daily' }), stream('Kept')]);
    before.close();
    const list = Array.from({ length: BIG }, (_, i) => ({ name: `Stream ${i}`, connector: 's3', category: 'profile', refreshMode: 'upsert', sourceRows: i }));
    writeFileSync(join(dir, 'big.yaml'), yamlList(list));

    const child = spawnTsx('src/cli/main.ts', ['streams', 'import', join(dir, 'big.yaml')], { INGEST_ADVISOR_DB: file });
    const done = exited(child);
    let ended = false;
    void done.then(() => (ended = true));
    // The import's one transaction spills pages into the WAL as it goes: kill it then.
    const wal = `${file}-wal`;
    await waitFor(() => ended || (existsSync(wal) && statSync(wal).size > 1_000_000), 120_000, 'the import to start writing');
    expect(ended).toBe(false);
    killHard(child);
    const exit = await done;
    expect(exit.signal).toBe('SIGKILL');

    const db = openRegistry(file);
    expect(integrity(db)).toBe('ok');
    const count = db.prepare('SELECT count(*) FROM streams').pluck().get() as number;
    expect([2, BIG + 1]).toContain(count);
    const first = JSON.parse(db.prepare("SELECT description FROM streams WHERE name = 'Stream 0'").pluck().get() as string);
    // Untouched, or wholly replaced: never a mix.
    expect(count === 2 ? first.schedule : first.sourceRows).toBe(count === 2 ? 'daily' : 0);
    db.close();
  });

  it('a loop of recorded reviews killed mid-way keeps every committed review whole', async () => {
    const file = join(tempDir(), 'advisor.db');
    openRegistry(file).close();
    const child = spawnTsx('test/registry/scripts/record-loop.ts', [file, 'loop', '100000', '7']);
    const done = exited(child);
    let printed = 0;
    child.stdout!.on('data', (chunk: Buffer) => (printed += (chunk.toString().match(/recorded/g) ?? []).length));
    await waitFor(() => printed >= 150, 120_000, '150 recorded reviews');
    killHard(child);
    const exit = await done;
    expect(exit.signal).toBe('SIGKILL');

    const db = openRegistry(file);
    expect(integrity(db)).toBe('ok');
    const reviews = db.prepare('SELECT count(*) FROM reviews').pluck().get() as number;
    // Each line is printed after its commit; one more may have committed before the kill landed.
    expect(reviews).toBeGreaterThanOrEqual(printed);
    expect(reviews).toBeLessThanOrEqual(printed + 1);
    expect(reviewsMatchStreams(db)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM streams').pluck().get()).toBe(7);
    db.close();
  });

  it('two processes recording reviews at once lose nothing', async () => {
    const file = join(tempDir(), 'advisor.db');
    openRegistry(file).close();
    const runs = ['alpha', 'beta'].map((prefix) => exited(spawnTsx('test/registry/scripts/record-loop.ts', [file, prefix, '300', '5'])));
    const results = await Promise.all(runs);
    for (const result of results) expect(result).toMatchObject({ code: 0, stderr: '' });
    const db = openRegistry(file);
    expect(integrity(db)).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(600);
    expect(db.prepare("SELECT count(*) FROM reviews WHERE by LIKE 'alpha-%'").pluck().get()).toBe(300);
    expect(db.prepare('SELECT count(*) FROM streams').pluck().get()).toBe(10);
    expect(reviewsMatchStreams(db)).toBe(0);
    db.close();
  });
});
