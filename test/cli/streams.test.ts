import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/registry/migrations.js';
import { tempDir } from '../registry/helpers.js';
import { yamlList } from '../support/yaml-list.js';
import { runInProcess } from './run-in-process.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'registry');

function workspace() {
  const cwd = tempDir();
  const env = { INGEST_ADVISOR_DB: 'data/advisor.db' };
  const run = (argv: string[], stdin?: string) => runInProcess(argv, { cwd, env, stdin });
  const count = (): number => {
    const db = new Database(join(cwd, 'data/advisor.db'), { readonly: true });
    try {
      return db.prepare('SELECT count(*) FROM streams').pluck().get() as number;
    } finally {
      db.close();
    }
  };
  return { cwd, env, run, count };
}

describe('streams import', () => {
  it('imports a YAML list into INGEST_ADVISOR_DB (relative to the working directory) and reports what changed', async () => {
    const { run, cwd, count } = workspace();
    const first = await run(['streams', 'import', join(fixtures, 'five-streams.yaml')]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Imported 5 streams from .*five-streams\.yaml: 5 new, 0 changed, 0 unchanged\.\n$/);
    expect(existsSync(join(cwd, 'data/advisor.db'))).toBe(true);
    const again = await run(['streams', 'import', join(fixtures, 'contacts-changed.yaml'), '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ total: 1, new: 0, changed: 1, unchanged: 0 });
    expect(count()).toBe(5);
  });

  it('reads a JSON list from standard input with -', async () => {
    const { run, count } = workspace();
    const list = [{ name: 'Piped', connector: 's3', category: 'profile', refreshMode: 'upsert' }];
    const result = await run(['streams', 'import', '-'], JSON.stringify(list));
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('from standard input: 1 new');
    expect(count()).toBe(1);
  });

  it('names a bad entry by index and name, and writes nothing of the file', async () => {
    const { run, count } = workspace();
    await run(['streams', 'import', join(fixtures, 'five-streams.yaml')]);
    const result = await run(['streams', 'import', join(fixtures, 'one-bad-entry.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[2] "Broken three"');
    expect(result.stderr).toMatch(/connector/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(count()).toBe(5);
  });

  it('refuses a file that names a stream twice, writing nothing', async () => {
    const { run, cwd } = workspace();
    const file = join(cwd, 'twice.json');
    const entry = { name: 'Same', connector: 's3', category: 'profile', refreshMode: 'upsert' };
    writeFileSync(file, JSON.stringify([entry, { ...entry, connector: 'gcs' }]));
    const result = await run(['streams', 'import', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[1] "Same" is also at [0]');
    expect(existsSync(join(cwd, 'data/advisor.db'))).toBe(false);
  });

  it('reports bad entries and names given twice together, in one pass, writing nothing', async () => {
    const { run, cwd } = workspace();
    const entry = (name: string, connector = 's3') => ({ name, connector, category: 'profile', refreshMode: 'upsert' });
    writeFileSync(join(cwd, 'mixed.json'), JSON.stringify([entry('A'), entry('B', 's4'), entry('A'), entry('C')]));
    const result = await run(['streams', 'import', 'mixed.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        'Error: 2 of 4 stream descriptions in mixed.json have problems: [1] "B", [2] "A". Nothing was imported.',
        '  - [1].connector: connector cannot be "s4" (did you mean s3?); allowed values: salesforce-crm, marketing-cloud, s3, gcs, azure-storage, web-sdk, mobile-sdk, ingestion-api, mulesoft, snowflake, bigquery, databricks, redshift, other.',
        '  - [2].name: [2] "A" is also at [0]; list each stream once.',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(cwd, 'data/advisor.db'))).toBe(false);
  });

  it('rolls back a large import whose problem is found after pieces of it were written', async () => {
    const { run, cwd, count } = workspace();
    await run(['streams', 'import', join(fixtures, 'five-streams.yaml')]);
    const entries = Array.from({ length: 3_000 }, (_, i) => ({ name: `Stream ${i}`, connector: 's3', category: 'profile', refreshMode: 'upsert' }));
    writeFileSync(join(cwd, 'big.yaml'), yamlList([...entries, { ...entries[0]!, name: 'Late', connector: 's4' }, entries[7]!]));
    const result = await run(['streams', 'import', 'big.yaml', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Error: 2 of 3,002 stream descriptions in big\.yaml have problems: \[3000\] "Late", \[3001\] "Stream 7"\. Nothing was imported\.\n/);
    expect(count()).toBe(5);
  });

  it('explains a missing file, unreadable YAML and a missing action without a stack trace', async () => {
    const { run, cwd } = workspace();
    expect(await run(['streams', 'import', 'nope.yaml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Cannot read nope.yaml: the file does not exist') });
    writeFileSync(join(cwd, 'broken.yaml'), '- name: [unclosed\n');
    expect(await run(['streams', 'import', 'broken.yaml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('not valid YAML or JSON') });
    expect(await run(['streams'])).toMatchObject({ code: 2, stderr: expect.stringContaining('streams needs an action') });
    expect(await run(['streams', 'export'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown action "export"') });
  });

  it('refuses a registry written by a newer version, and leaves it as it was', async () => {
    const { run, cwd } = workspace();
    const file = join(cwd, 'data/advisor.db');
    await run(['streams', 'import', join(fixtures, 'five-streams.yaml')]);
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = readFileSync(file);
    const result = await run(['streams', 'import', join(fixtures, 'contacts-changed.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`schema version ${SCHEMA_VERSION + 1}`);
    expect(result.stderr).not.toContain('Internal error');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('streams list', () => {
  it('shows every stream with its check state, as a table or as JSON', async () => {
    const { run } = workspace();
    await run(['streams', 'import', join(fixtures, 'five-streams.yaml')]);
    const table = await run(['streams', 'list']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^STREAM\s+CONNECTOR\s+OWNER\s+STATE\s+LAST REVIEW\s+LAST RUN$/);
    expect(table.stdout).toMatch(/Cart events\s+s3\s+web-team\s+never-reviewed\s+-/);
    const json = JSON.parse((await run(['streams', 'list', '--json', '--now', '2026-11-25T09:00:00Z'])).stdout);
    expect(json.asOf).toBe('2026-11-25T09:00:00.000Z');
    expect(json.streams.map((s: { stream: string }) => s.stream)).toEqual(['Accounts', 'Cart events', 'Contacts', 'Loyalty tiers', 'Web orders']);
    expect(json.streams[0]).toEqual({
      stream: 'Accounts',
      connector: 'salesforce-crm',
      owner: 'crm-team',
      state: 'never-reviewed',
      snoozedUntil: null,
      lastReview: null,
      description: expect.objectContaining({ name: 'Accounts', connector: 'salesforce-crm', schedule: 'hourly', owner: 'crm-team' }),
      removedAt: null,
      health: null,
    });
  });

  it('says how to start when the registry is empty', async () => {
    const { run } = workspace();
    expect((await run(['streams', 'list'])).stdout).toContain('no streams yet');
  });

  it('names a bad REVIEW_MAX_AGE_DAYS', async () => {
    const cwd = tempDir();
    const result = await runInProcess(['streams', 'list'], { cwd, env: { INGEST_ADVISOR_DB: 'r.db', REVIEW_MAX_AGE_DAYS: 'ninety' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('REVIEW_MAX_AGE_DAYS');
  });
});
