import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { dump as stringifyYaml, load as parseYaml } from 'js-yaml';
import { runCli } from '../../src/cli/run-cli.js';
import { createDigestCommand } from '../../src/cli/commands/digest.js';
import { coreCommands } from '../../src/cli/commands/index.js';
import { DEFAULT_LEASE_MS } from '../../src/digest/sender.js';
import { silentLogger } from '../../src/logging/logger.js';
import { claimPost } from '../../src/registry/digest-posts.js';
import { FakeDestination } from '../digest/fakes.js';
import { tempDir, usingRegistry } from '../registry/helpers.js';
import { runInProcess } from './run-in-process.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'registry');
const DAY = 86_400_000;

function workspace(extraEnv: Record<string, string> = {}) {
  const cwd = tempDir();
  const env = { INGEST_ADVISOR_DB: 'advisor.db', ...extraEnv };
  return { cwd, env, run: (argv: string[]) => runInProcess(argv, { cwd, env }) };
}

/** Records a review of one of the fixture's streams through `ingest-advisor review --file … --record`. */
async function recordFixtureReview(cwd: string, env: Record<string, string>, name: string, file = 'five-streams.yaml'): Promise<string> {
  const list = parseYaml(readFileSync(join(fixtures, file), 'utf8')) as Array<{ name: string }>;
  const single = join(cwd, `${name}.yaml`);
  writeFileSync(single, stringifyYaml(list.find((s) => s.name === name)));
  const run = await runInProcess(['review', '--file', single, '--record', '--by', 'ana', '--json'], { cwd, env });
  expect(run.stderr).toContain('Recorded 1 review by ana');
  return (JSON.parse(run.stdout) as { verdict: string }).verdict;
}

const reasons = (stdout: string): Array<[string, string]> =>
  (JSON.parse(stdout) as { unchecked: Array<{ stream: string; reason: string }> }).unchecked.map((u) => [u.stream, u.reason]);

describe('the scenario of issue 4: import five, review three, change one', () => {
  it('gives exactly the reasons the spec implies, tomorrow and in 120 days', async () => {
    const { cwd, env, run } = workspace();
    expect((await run(['streams', 'import', join(fixtures, 'five-streams.yaml')])).code).toBe(0);
    expect(await recordFixtureReview(cwd, env, 'Accounts')).toBe('ship');
    expect(await recordFixtureReview(cwd, env, 'Cart events')).toBe('do-not-ship');
    expect(await recordFixtureReview(cwd, env, 'Contacts')).toBe('ship');
    expect((await run(['streams', 'import', join(fixtures, 'contacts-changed.yaml')])).code).toBe(0);

    const tomorrow = new Date(Date.now() + DAY).toISOString();
    const soon = await run(['digest', '--json', '--now', tomorrow]);
    expect(soon.code).toBe(0);
    const parsed = JSON.parse(soon.stdout);
    expect(Object.keys(parsed)).toEqual(['asOf', 'total', 'unchecked', 'snoozed', 'notLanding']);
    expect(parsed).toMatchObject({ asOf: tomorrow, total: 5, snoozed: 0 });
    expect(reasons(soon.stdout)).toEqual([
      ['Cart events', 'failed-review'],
      ['Contacts', 'changed-since-review'],
      ['Loyalty tiers', 'never-reviewed'],
      ['Web orders', 'never-reviewed'],
    ]);
    expect(parsed.unchecked[0].lastReview).toEqual({ at: expect.stringMatching(/Z$/), verdict: 'do-not-ship', by: 'ana', via: 'cli' });
    expect(parsed.unchecked[2].lastReview).toBeNull();

    const later = await run(['digest', '--json', '--now', new Date(Date.now() + 120 * DAY).toISOString()]);
    expect(reasons(later.stdout)).toEqual([
      ['Cart events', 'failed-review'],
      ['Contacts', 'changed-since-review'],
      ['Loyalty tiers', 'never-reviewed'],
      ['Web orders', 'never-reviewed'],
      ['Accounts', 'stale-review'],
    ]);
  });
});

describe('digest', () => {
  it('prints the digest for people: counts, groups worst first, the one line per stream', async () => {
    const { cwd, env, run } = workspace();
    await run(['streams', 'import', join(fixtures, 'five-streams.yaml')]);
    await recordFixtureReview(cwd, env, 'Cart events');
    const result = await run(['digest']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^5 of 5 streams unchecked, as of \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/);
    expect(lines[2]).toBe('Failed review (1)');
    expect(lines[3]).toMatch(/^ {2}- Cart events \(s3, owner web-team\): Fails: .+ \(do-not-ship on \d{4}-\d\d-\d\d by ana\)\.$/);
    expect(lines[5]).toBe('Never reviewed (4)');
  });

  it('honours REVIEW_MAX_AGE_DAYS', async () => {
    const { cwd, env, run } = workspace({ REVIEW_MAX_AGE_DAYS: '7' });
    await run(['streams', 'import', join(fixtures, 'contacts-changed.yaml')]);
    await recordFixtureReview(cwd, env, 'Contacts', 'contacts-changed.yaml');
    const inAWeek = await run(['digest', '--json', '--now', new Date(Date.now() + 7 * DAY - 60_000).toISOString()]);
    expect(reasons(inAWeek.stdout)).toEqual([]);
    const later = await run(['digest', '--json', '--now', new Date(Date.now() + 8 * DAY).toISOString()]);
    expect(reasons(later.stdout)).toEqual([['Contacts', 'stale-review']]);
  });

  it('refuses a bad --now, a bad DIGEST_TZ and stray arguments with exit 2', async () => {
    const { run } = workspace();
    expect(await run(['digest', '--now', 'tomorrow'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--now must be an ISO-8601') });
    expect(await runInProcess(['digest'], { cwd: tempDir(), env: { INGEST_ADVISOR_DB: 'a.db', DIGEST_TZ: 'Mars/Olympus' } })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('DIGEST_TZ'),
    });
    expect(await run(['digest', 'now'])).toMatchObject({ code: 2, stderr: expect.stringContaining('digest takes no arguments') });
  });

  it('--post with no destination configured says how to configure one', async () => {
    const { run } = workspace();
    const result = await run(['digest', '--post']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No digest destination is configured');
    expect(result.stderr).toContain('DIGEST_SLACK_CHANNEL');
  });

  it('--post posts once per day to each destination', async () => {
    const { cwd, env, run } = workspace();
    await run(['streams', 'import', join(fixtures, 'five-streams.yaml')]);
    const slack = new FakeDestination('slack:C1');
    const command = createDigestCommand({ destinations: async () => [slack], logger: () => silentLogger() });
    const commands = [...coreCommands.filter((c) => c.name !== 'digest'), command];
    const post = async () => {
      let stdout = '';
      const code = await runCli(['digest', '--post', '--now', '2026-11-25T09:00:00Z'], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, stdin: Readable.from(['']), env, cwd }, commands);
      return { code, stdout };
    };
    expect(await post()).toEqual({ code: 0, stdout: 'slack:C1: posted the digest of 2026-11-25 (slack:C1/1).\n' });
    expect(await post()).toEqual({ code: 0, stdout: 'slack:C1: already handled for 2026-11-25 (posted).\n' });
    expect(slack.channel).toEqual([{ day: '2026-11-25', ref: 'slack:C1/1', unchecked: 5 }]);
  });

  it('--post after a post was interrupted says when its claim expires and what then posts the digest', async () => {
    const { cwd, env, run } = workspace();
    await run(['streams', 'import', join(fixtures, 'five-streams.yaml')]);
    // A post claimed at 09:00 and then killed: its claim (10 minutes) stands until 09:10.
    await usingRegistry(join(cwd, env.INGEST_ADVISOR_DB), (db) => claimPost(db, { day: '2026-11-25', destination: 'slack:C1' }, 'killed', Date.parse('2026-11-25T09:00:00Z'), DEFAULT_LEASE_MS));
    const command = createDigestCommand({ destinations: async () => [new FakeDestination('slack:C1')], logger: () => silentLogger() });
    const commands = [...coreCommands.filter((c) => c.name !== 'digest'), command];
    let stdout = '';
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, stdin: Readable.from(['']), env: { ...env, DIGEST_TZ: 'Europe/Berlin' }, cwd };
    expect(await runCli(['digest', '--post', '--now', '2026-11-25T09:02:30Z'], io, commands)).toBe(0);
    expect(stdout).toBe(
      'slack:C1: another process is posting the digest of 2026-11-25, or was stopped while posting it; its claim expires at 10:10:00 CET (in 8 minutes). ' +
        'If the digest has not gone out by then, the schedule of `ingest-advisor serve` posts it, as does this command run again after that time.\n',
    );
  });
});
