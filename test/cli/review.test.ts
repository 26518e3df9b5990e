import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { runInProcess } from './run-in-process.js';

const FIXTURES = join(packageRoot, 'test/fixtures/review');
const fixture = (name: string): string => join(FIXTURES, name);
const REQUIRED = ['name=Web orders', 'connector=s3', 'category=engagement', 'refreshMode=upsert'];

describe('ingest-advisor review', () => {
  it('exits 1 with the documented JSON for a do-not-ship stream', async () => {
    const { code, stdout } = await runInProcess(['review', '--json', '--file', fixture('failing-stream.yaml')]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['stream', 'verdict', 'rules', 'reminders']);
    expect(result.verdict).toBe('do-not-ship');
    const status = Object.fromEntries(result.rules.map((r: { id: string; status: string }) => [r.id, r.status]));
    expect(status).toEqual({
      freshness: 'fail',
      key: 'pass',
      deletes: 'n/a',
      'full-refresh-cost': 'fail',
      category: 'pass',
      use: 'pass',
      ownership: 'fail',
      'api-fit': 'n/a',
      'connector-first': 'n/a',
      'mode-supported': 'pass',
    });
  });

  it('exits 0 and prints the checklist for a stream that ships', async () => {
    const { code, stdout } = await runInProcess(['review', '-f', fixture('passing-stream.yaml')]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('CRM contacts: SHIP');
    expect(stdout).toContain('✔ pass');
  });

  it('gives the inline form the same result as the file', async () => {
    const words = ['name=Web orders', 'connector=s3', 'category=engagement', 'dataShape=event', 'eventTimeField=ordered_at', 'refreshMode=full-refresh', 'schedule=daily', 'decisionFreshness=hourly', 'sourceRows=60,000,000', 'changedRowsPerRun=400_000', 'primaryKey=order_id', 'keyUnique=true', 'uses=activation,segmentation', 'fields=80', 'mappedFields=60', 'owner=web-data-team', 'alerting=false'];
    const inline = await runInProcess(['review', '--json', ...words]);
    const file = await runInProcess(['review', '--json', '--file', fixture('failing-stream.yaml')]);
    expect(inline.stdout).toBe(file.stdout);
    expect(inline.code).toBe(1);
  });

  it('reads standard input with --file -', async () => {
    const { code, stdout } = await runInProcess(['review', '--format', 'json', '--file', '-'], { stdin: readFileSync(fixture('passing-stream.yaml'), 'utf8') });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).stream).toBe('CRM contacts');
  });

  it('prints one object per line for a file holding a list, exiting 1 if any stream is do-not-ship', async () => {
    const ok = await runInProcess(['review', '--json', '--file', fixture('streams.yaml')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).verdict)).toEqual(['ship', 'ship']);
    const list = `- ${readFileSync(fixture('failing-stream.yaml'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).join('\n  ')}\n`;
    const bad = await runInProcess(['review', '--json', '--file', '-'], { stdin: list });
    expect(bad.code).toBe(1);
    expect(bad.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).verdict)).toEqual(['do-not-ship']);
  });

  it('writes JUnit XML with --format junit', async () => {
    const { code, stdout } = await runInProcess(['review', '--format', 'junit', '--file', fixture('streams.yaml')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="ingest-advisor review">\n {2}<testsuite name="CRM contacts" tests="10"/);
    expect(stdout.endsWith('</testsuites>\n')).toBe(true);
  });

  it('exits 2 naming missing required keys, with the JSON error shape under --json', async () => {
    const { code, stdout } = await runInProcess(['review', '--json', 'name=Web orders', 'connector=s3']);
    expect(code).toBe(2);
    const { error } = JSON.parse(stdout);
    expect(Object.keys(error)).toEqual(['message', 'issues']);
    expect(error.message).toContain('missing required input category, refreshMode');
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(['category', 'refreshMode']);
  });

  it('exits 2 on stderr without --json, naming the key and never printing a stack trace', async () => {
    const { code, stdout, stderr } = await runInProcess(['review', ...REQUIRED, 'refreshmode=upsert']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('did you mean refreshMode?');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['review'], /review needs a stream/],
    [['review', '--file', 'x.yaml', ...REQUIRED], /not both/],
    [['review', '--file', 'missing.yaml'], /missing\.yaml: the file does not exist/],
    [['review', '--format', 'xml', ...REQUIRED], /--format must be one of terminal, json, junit/],
    [['review', '--json', '--format', 'junit', ...REQUIRED], /disagree/],
    [['review', '--nope', ...REQUIRED], /Unknown option/],
    [['review', ...REQUIRED, 'owner=a', 'owner=b'], /owner is given twice/],
  ])('exits 2 for %o', async (argv, message) => {
    // With --json the error is JSON on stdout; otherwise plain text on stderr.
    const { code, stdout, stderr } = await runInProcess(argv);
    expect(code).toBe(2);
    expect(stdout + stderr).toMatch(message);
  });

  it('answers a bad command line in JSON when --json was asked for', async () => {
    const { code, stdout } = await runInProcess(['review', '--json', '--nope']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error.message).toContain('Unknown option');
  });

  it('applies a team policy from --policy or INGEST_REVIEW_POLICY, never implicitly', async () => {
    const argv = ['review', '--json', '--file', fixture('failing-stream.yaml')];
    const rules = (stdout: string) => Object.fromEntries(JSON.parse(stdout).rules.map((r: { id: string }) => [r.id, r]));
    const withFlag = await runInProcess([...argv, '--policy', fixture('team-policy.yaml')]);
    const fromEnv = await runInProcess(argv, { env: { INGEST_REVIEW_POLICY: fixture('team-policy.yaml') } });
    expect(fromEnv.stdout).toBe(withFlag.stdout);
    const reviewed = rules(withFlag.stdout);
    expect(reviewed['full-refresh-cost']).toMatchObject({ status: 'warn', message: expect.stringContaining('waived by Dana Whitfield until 2099-12-31: the CDC feed') });
    expect(reviewed['full-refresh-cost'].message).toContain('about 2,700,000 credits a month (an estimate at 1,500 credits');
    expect(reviewed.ownership).toMatchObject({ status: 'fail', message: expect.stringContaining('expired on 2020-01-31 and is ignored') });
    expect(reviewed['connector-first']).toMatchObject({ status: 'n/a', message: 'This rule is turned off by team policy.' });
    const plain = rules((await runInProcess(argv, { cwd: FIXTURES })).stdout);
    expect(plain['full-refresh-cost'].status).toBe('fail');
  });

  it('exits 2 for a bad policy file, naming the file and the field', async () => {
    const { code, stdout } = await runInProcess(['review', '--json', ...REQUIRED, '--policy', fixture('passing-stream.yaml')]);
    expect(code).toBe(2);
    const { error } = JSON.parse(stdout);
    expect(error.message).toContain('passing-stream.yaml');
    expect(error.issues[0]).toMatchObject({ path: 'name', message: expect.stringContaining('not a policy setting') });
  });

  it('exits 0 on needs-info, and 1 with --fail-on needs-info, for CI that must not pass a half-described stream', async () => {
    const plain = await runInProcess(['review', '--json', ...REQUIRED]);
    expect(JSON.parse(plain.stdout).verdict).toBe('needs-info');
    expect(plain.code).toBe(0);
    expect((await runInProcess(['review', '--json', '--fail-on', 'needs-info', ...REQUIRED])).code).toBe(1);
    expect((await runInProcess(['review', '--fail-on=do-not-ship', ...REQUIRED])).code).toBe(0);
    const shipping = ['review', '--file', fixture('passing-stream.yaml')];
    expect((await runInProcess([...shipping, '--fail-on', 'needs-info'])).code).toBe(0);
    const failing = ['review', '--file', fixture('failing-stream.yaml')];
    expect((await runInProcess([...failing, '--fail-on', 'needs-info'])).code).toBe(1);
  });

  it('exits 1 with --fail-on ship-with-warnings on a stream that only warns', async () => {
    const warns = [...REQUIRED, 'dataShape=event', 'eventTimeField=ordered_at', 'primaryKey=order_id', 'deletes=delete-file', 'schedule=hourly', 'decisionFreshness=hourly', 'uses=segmentation', 'owner=web', 'alerting=true'];
    const plain = await runInProcess(['review', '--json', ...warns]);
    expect(JSON.parse(plain.stdout).verdict).toBe('ship-with-warnings');
    expect(plain.code).toBe(0);
    expect((await runInProcess(['review', '--fail-on', 'ship-with-warnings', ...warns])).code).toBe(1);
  });

  it('exits 2 for an unknown --fail-on, suggesting the verdict meant', async () => {
    const { code, stderr } = await runInProcess(['review', '--fail-on', 'needsinfo', ...REQUIRED]);
    expect(code).toBe(2);
    expect(stderr).toContain('--fail-on must be one of ship-with-warnings, needs-info, do-not-ship; got "needsinfo" (did you mean needs-info?)');
    const json = await runInProcess(['review', '--json', '--fail-on', 'ship', ...REQUIRED]);
    expect(JSON.parse(json.stdout).error.issues).toEqual([{ path: 'fail-on', message: 'one of ship-with-warnings, needs-info, do-not-ship' }]);
  });

  it('is listed by help', async () => {
    const { stdout } = await runInProcess(['help']);
    expect(stdout).toMatch(/review +run the style-guide rules/);
    expect((await runInProcess(['help', 'review'])).stdout).toContain('--format terminal|json|junit');
  });
});

describe('ingest-advisor review as a process', () => {
  const run = promisify(execFile);
  const tsx = join(packageRoot, 'node_modules/.bin/tsx');
  const exitCode = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    try {
      const { stdout, stderr } = await run(tsx, ['src/cli/main.ts', 'review', ...args], { cwd: packageRoot, env: { ...process.env, INGEST_REVIEW_POLICY: '' } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it('exits 0, 1 and 2', async () => {
    const [ship, fail, bad] = await Promise.all([
      exitCode(['--file', 'test/fixtures/review/passing-stream.yaml']),
      exitCode(['--json', '--file', 'test/fixtures/review/failing-stream.yaml']),
      exitCode(['--json', 'name=x', 'connector=s4', 'category=profile', 'refreshMode=upsert']),
    ]);
    expect(ship.code).toBe(0);
    expect(fail.code).toBe(1);
    expect(JSON.parse(fail.stdout).verdict).toBe('do-not-ship');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).error.issues[0].path).toBe('connector');
    expect(bad.stderr).toBe('');
  });
});
