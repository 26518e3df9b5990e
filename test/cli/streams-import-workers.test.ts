import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../registry/helpers.js';
import { yamlList } from '../support/yaml-list.js';
import { runInProcess, type CliRun } from './run-in-process.js';
import { benchStream } from '../bench/review-bench.js';

// Several of the workers' 64 KB pieces.
const streams = Array.from({ length: 1_500 }, (_, i) => benchStream(i));

interface Imported {
  run: CliRun;
  /** Every stored stream's columns, by name; null when no registry file was made. */
  rows: unknown[] | null;
}

async function importWith(workers: number, text: string, name: string): Promise<Imported> {
  const cwd = tempDir();
  writeFileSync(join(cwd, name), text);
  const run = await runInProcess(['streams', 'import', name], { cwd, env: { INGEST_ADVISOR_DB: 'advisor.db', INGEST_ADVISOR_WORKERS: String(workers) } });
  if (!existsSync(join(cwd, 'advisor.db'))) return { run, rows: null };
  const db = new Database(join(cwd, 'advisor.db'), { readonly: true });
  const rows = db.prepare('SELECT name, description, fingerprint, connector, owner FROM streams ORDER BY name').all();
  db.close();
  return { run, rows };
}

/** The same file imported in order and with a worker thread: the same output, exit code and rows. */
async function expectSameAsInOrder(text: string, name: string): Promise<Imported> {
  const inOrder = await importWith(0, text, name);
  const inWorkers = await importWith(1, text, name);
  expect(inWorkers).toEqual(inOrder);
  return inWorkers;
}

describe('streams import of a large list with a worker thread', () => {
  it('stores exactly what an import in order stores, from YAML and from JSON', async () => {
    const yaml = await expectSameAsInOrder(yamlList(streams), 'streams.yaml');
    expect(yaml.run).toMatchObject({ code: 0, stdout: 'Imported 1500 streams from streams.yaml: 1500 new, 0 changed, 0 unchanged.\n' });
    expect(yaml.rows).toHaveLength(1_500);
    expect((await expectSameAsInOrder(JSON.stringify(streams, null, 2), 'streams.json')).rows).toEqual(yaml.rows);
  });

  it('imports nothing from a file with a bad entry late in it, and says why as an import in order does', async () => {
    const { run, rows } = await expectSameAsInOrder(yamlList(streams.map((s, i) => (i === 1_400 ? { ...s, connector: 's4' } : s))), 'bad.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Error: 1 of 1,500 stream descriptions in bad\.yaml have problems: \[1400\] "Stream 1400"\. Nothing was imported\./);
    expect(rows).toEqual([]);
  });

  it('imports nothing from a file that names a stream twice, pieces apart', async () => {
    const { run, rows } = await expectSameAsInOrder(yamlList([...streams, { ...streams[3]!, owner: 'someone else' }]), 'twice.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[1500] "Stream 3" is also at [3]; list each stream once.');
    expect(rows).toEqual([]);
  });

  it('does not create the registry for a file whose first entry is bad', async () => {
    const { run, rows } = await expectSameAsInOrder(yamlList([{ ...streams[0]!, category: 'people' }, ...streams.slice(1)]), 'first.yaml');
    expect(run.code).toBe(2);
    expect(rows).toBeNull();
  });
});
