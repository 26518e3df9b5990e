import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../registry/helpers.js';
import { yamlList } from '../support/yaml-list.js';
import { runInProcess, type CliRun } from './run-in-process.js';

/** Streams of every verdict, by their index. */
const stream = (i: number): Record<string, unknown> => ({
  name: `Stream ${i}`,
  connector: ['salesforce-crm', 's3', 'ingestion-api', 'marketing-cloud'][i % 4],
  category: ['profile', 'engagement', 'other'][i % 3],
  refreshMode: ['upsert', 'full-refresh'][i % 2],
  primaryKey: i % 5 === 0 ? ['customer_id'] : ['record_id'],
  ...(i % 7 === 0 ? {} : { decisionFreshness: 'daily', schedule: 'hourly' }),
  uses: ['segmentation'],
  fields: 20 + (i % 50),
  mappedFields: 10,
  owner: `team-${i % 9}`,
  alerting: i % 3 !== 0,
});
// Several of the workers' 64 KB pieces.
const COUNT = 1_500;

function reviewWith(workers: number, text: string, name: string, args: string[] = []): Promise<CliRun> {
  const cwd = tempDir();
  writeFileSync(join(cwd, name), text);
  return runInProcess(['review', '--json', '--file', name, ...args], { cwd, env: { INGEST_ADVISOR_WORKERS: String(workers) } });
}

/** The same file reviewed in order and by two worker threads: the same output, errors and exit code. */
async function expectSameAsInOrder(text: string, name: string, args: string[] = []): Promise<CliRun> {
  const [inOrder, inWorkers] = await Promise.all([reviewWith(0, text, name, args), reviewWith(2, text, name, args)]);
  expect(inWorkers).toEqual(inOrder);
  return inWorkers;
}

const streams = Array.from({ length: COUNT }, (_, i) => stream(i));

describe('review --json of a large list by worker threads', () => {
  it('writes what a review in order writes, in the same order, for a YAML list', async () => {
    const run = await expectSameAsInOrder(yamlList(streams), 'streams.yaml');
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { stream: string; verdict: string });
    expect(lines.map((line) => line.stream)).toEqual(streams.map((s) => s.name));
    expect(new Set(lines.map((line) => line.verdict)).size).toBeGreaterThan(1);
    expect(run.code).toBe(1);
  });

  it('does the same for an indented JSON list', async () => {
    const run = await expectSameAsInOrder(JSON.stringify(streams, null, 2), 'streams.json');
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(COUNT);
  });

  it('exits as --fail-on says, from the verdicts the workers found', async () => {
    const good = streams.map((s) => ({ ...s, connector: 'salesforce-crm', sourceSystem: 'salesforce', category: 'profile', dataShape: 'entity', refreshMode: 'incremental', primaryKey: ['Id'], keyUnique: true, schedule: '15min', decisionFreshness: 'hourly', uses: ['segmentation'], alerting: true, owner: 'crm' }));
    const ships = await expectSameAsInOrder(yamlList(good), 'good.yaml', ['--fail-on', 'needs-info']);
    expect(ships.code).toBe(0);
    expect((await expectSameAsInOrder(yamlList(streams), 'mixed.yaml', ['--fail-on', 'needs-info'])).code).toBe(1);
  });

  it('hands a bad entry in the middle to the reader in order: the same reviews, problems and exit code', async () => {
    const withBad = streams.map((s, i) => (i === 1_000 ? { ...s, connector: 's4' } : s));
    const run = await expectSameAsInOrder(yamlList(withBad), 'bad.yaml');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(COUNT);
    expect(JSON.parse(lines.at(-1)!).error.issues).toEqual([{ path: '[1000].connector', message: expect.stringContaining('connector cannot be "s4"') }]);
    expect(run.code).toBe(2);
  });

  it('hands a syntax error to the reader in order, which shows its line in the file', async () => {
    const text = `${yamlList(streams.slice(0, 1_200))}- name: Broken\n  connector: s3: x\n${yamlList(streams.slice(1_200))}`;
    const run = await expectSameAsInOrder(text, 'broken.yaml');
    expect(JSON.parse(run.stdout.trimEnd().split('\n').at(-1)!).error.message).toMatch(/^broken\.yaml is not valid YAML or JSON at line [\d,]+, column 16/);
    expect(run.code).toBe(2);
  });

  it('hands aliases and a single description to the reader in order', async () => {
    const aliased = `${yamlList(streams.slice(0, 1_200))}- &shared\n  name: Anchored\n  connector: s3\n  category: profile\n  refreshMode: upsert\n- *shared\n`;
    const run = await expectSameAsInOrder(aliased, 'aliased.yaml');
    expect(run.stdout.match(/"stream":"Anchored"/g)).toHaveLength(2);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1_202);
    expect((await expectSameAsInOrder(yamlList([streams[1]!]).replace(/^- /, '').replace(/\n {2}/g, '\n'), 'one.yaml')).stdout).toContain('"stream":"Stream 1"');
  });

  it('applies a team policy (thresholds, severities, waivers) in the workers as in order', async () => {
    const policy = `thresholds:\n  fullRefreshWarnRowsPerMonth: 50,000,000\nrules:\n  connector-first: off\n  use: warn\nwaivers:\n  - stream: Stream 6\n    rule: ownership\n    reason: alerting is being set up\n    approver: Dana Whitfield\n    expires: 2099-12-31\n`;
    const text = yamlList(streams);
    const [inOrder, inWorkers] = await Promise.all(
      [0, 2].map((workers) => {
        const cwd = tempDir();
        writeFileSync(join(cwd, 'streams.yaml'), text);
        writeFileSync(join(cwd, 'policy.yaml'), policy);
        return runInProcess(['review', '--json', '--file', 'streams.yaml', '--policy', 'policy.yaml'], { cwd, env: { INGEST_ADVISOR_WORKERS: String(workers) } });
      }),
    );
    expect(inWorkers).toEqual(inOrder);
    const sixth = JSON.parse(inWorkers!.stdout.split('\n')[6]!) as { stream: string; rules: { id: string; status: string; message: string }[] };
    expect(sixth.stream).toBe('Stream 6');
    expect(sixth.rules.find((rule) => rule.id === 'ownership')).toMatchObject({ status: 'warn', message: expect.stringContaining('waived by Dana Whitfield until 2099-12-31') });
  });

  it('refuses INGEST_ADVISOR_WORKERS that is not a whole number from 0 to 16', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'streams.yaml'), yamlList(streams.slice(0, 2)));
    const run = await runInProcess(['review', '--file', 'streams.yaml'], { cwd, env: { INGEST_ADVISOR_WORKERS: 'many' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('INGEST_ADVISOR_WORKERS');
  });
});
