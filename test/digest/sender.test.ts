import { expect, it } from 'vitest';
import { SendError } from '../../src/digest/destination.js';
import { postDigest, type SenderOptions } from '../../src/digest/sender.js';
import { silentLogger } from '../../src/logging/logger.js';
import { claimPost, postRecord } from '../../src/registry/digest-posts.js';
import type { RegistryDb } from '../../src/registry/registry-db.js';
import { describeEngines } from '../support/engines.js';
import { capturedLogger, digestOf, FakeDestination } from './fakes.js';

const DAY = '2026-11-25';
const LEASE = 60_000;
const T0 = Date.parse('2026-11-25T09:00:00Z');

function options(db: RegistryDb, extra: Partial<SenderOptions> = {}): SenderOptions & { waits: number[] } {
  const waits: number[] = [];
  return { db, logger: silentLogger(), now: () => new Date(T0), sleep: async (ms) => void waits.push(ms), leaseMs: LEASE, waits, ...extra };
}

describeEngines('postDigest', (engine) => {
  const registry = async (): Promise<RegistryDb> => (await engine.open()).db;

  it('posts once per day per destination, however often it runs', async () => {
    const db = await registry();
    const slack = new FakeDestination('slack:C1');
    const teams = new FakeDestination('teams:T1');
    const first = await postDigest(digestOf(3), DAY, [slack, teams], options(db));
    expect(first.map((o) => o.status)).toEqual(['sent', 'sent']);
    const again = await postDigest(digestOf(3), DAY, [slack, teams], options(db));
    expect(again).toEqual([
      { destination: 'slack:C1', status: 'already-done', state: 'sent' },
      { destination: 'teams:T1', status: 'already-done', state: 'sent' },
    ]);
    expect(slack.channel).toHaveLength(1);
    expect(teams.channel).toHaveLength(1);
    expect(await postRecord(db, { day: DAY, destination: 'slack:C1' })).toEqual({ state: 'sent', attempts: 1, messageRef: 'slack:C1/1' });
    await postDigest(digestOf(3), '2026-11-26', [slack], options(db));
    expect(slack.channel.map((m) => m.day)).toEqual([DAY, '2026-11-26']);
  });

  it('posts nothing when nothing is unchecked, but records the day as handled', async () => {
    const db = await registry();
    const slack = new FakeDestination('slack:C1');
    expect(await postDigest(digestOf(0), DAY, [slack], options(db))).toEqual([{ destination: 'slack:C1', status: 'empty' }]);
    expect(slack.sends).toBe(0);
    // Streams that become unchecked later that day wait for tomorrow's digest.
    expect((await postDigest(digestOf(2), DAY, [slack], options(db)))[0]).toMatchObject({ status: 'already-done', state: 'empty' });
    expect(slack.sends).toBe(0);
  });

  it('never posts twice when two processes run at once', async () => {
    const location = await engine.location();
    const [{ db: a }, { db: b }] = [await engine.open(location), await engine.open(location)];
    const slack = new FakeDestination('slack:C1');
    // A send that takes a while, so the second claim arrives while the first is still posting.
    const send = slack.send.bind(slack);
    slack.send = async (digest, day) => (await new Promise((resolve) => setTimeout(resolve, 200)), send(digest, day));
    const outcomes = await Promise.all([postDigest(digestOf(3), DAY, [slack], options(a)), postDigest(digestOf(3), DAY, [slack], options(b))]);
    expect(outcomes.flat().map((o) => o.status).sort()).toEqual(['busy', 'sent']);
    expect(slack.channel).toHaveLength(1);
  });

  it('after a crash between send and record, finds the message and records it instead of posting again', async () => {
    const db = await registry();
    const slack = new FakeDestination('slack:C1');
    // The crashed run: claimed, posted, never completed.
    await claimPost(db, { day: DAY, destination: slack.id }, 'crashed', T0, LEASE);
    slack.channel.push({ day: DAY, ref: 'slack:C1/1', unchecked: 3 });
    // Within the lease the claim is respected...
    expect((await postDigest(digestOf(3), DAY, [slack], options(db, { now: () => new Date(T0 + 1_000) })))[0]).toMatchObject({ status: 'busy' });
    // ...after it, the claim is taken over and the earlier post found.
    const later = await postDigest(digestOf(3), DAY, [slack], options(db, { now: () => new Date(T0 + LEASE + 1) }));
    expect(later).toEqual([{ destination: 'slack:C1', status: 'found', messageRef: 'slack:C1/1' }]);
    expect(slack.sends).toBe(0);
    expect(await postRecord(db, { day: DAY, destination: slack.id })).toMatchObject({ state: 'sent', messageRef: 'slack:C1/1' });
  });

  it('after a crash before the send, looks, finds nothing, and posts', async () => {
    const db = await registry();
    const slack = new FakeDestination('slack:C1');
    await claimPost(db, { day: DAY, destination: slack.id }, 'crashed', T0, LEASE);
    const later = await postDigest(digestOf(3), DAY, [slack], options(db, { now: () => new Date(T0 + LEASE + 1) }));
    expect(later[0]).toMatchObject({ status: 'sent' });
    expect(slack.finds).toBe(1);
    expect(slack.channel).toHaveLength(1);
  });

  it('retries transient errors with growing waits, honouring Retry-After, and logs them', async () => {
    const db = await registry();
    const slack = new FakeDestination('slack:C1');
    slack.failures.push({ error: new SendError('ratelimited', true, 30_000) }, { error: new Error('socket hang up') });
    const log = capturedLogger();
    const opts = options(db, { logger: log.logger, retry: { attempts: 4, firstDelayMs: 1_000, maxDelayMs: 60_000 } });
    const outcome = await postDigest(digestOf(3), DAY, [slack], opts);
    expect(outcome[0]).toMatchObject({ status: 'sent' });
    expect(opts.waits).toEqual([30_000, 2_000]);
    expect(slack.channel).toHaveLength(1);
    expect(log.entries.filter((e) => e.msg === 'digest post failed').map((e) => [e.err, e.try, e.retrying])).toEqual([
      ['ratelimited', 1, true],
      ['socket hang up', 2, true],
    ]);
    expect(await postRecord(db, { day: DAY, destination: slack.id })).toMatchObject({ state: 'sent', attempts: 3 });
  });

  it('does not post twice when a send that reported an error had in fact gone out', async () => {
    const db = await registry();
    const slack = new FakeDestination('slack:C1');
    slack.failures.push({ error: new Error('timeout after the platform accepted it'), landed: true });
    const outcome = await postDigest(digestOf(3), DAY, [slack], options(db));
    expect(outcome[0]).toMatchObject({ status: 'found', messageRef: 'slack:C1/1' });
    expect(slack.channel).toHaveLength(1);
  });

  it('gives up after the last try, logs it, and leaves the day for the next run', async () => {
    const db = await registry();
    const slack = new FakeDestination('slack:C1');
    for (let i = 0; i < 3; i += 1) slack.failures.push({ error: new SendError('service unavailable', true) });
    const log = capturedLogger();
    const opts = options(db, { logger: log.logger, retry: { attempts: 3, firstDelayMs: 10, maxDelayMs: 15 } });
    expect(await postDigest(digestOf(3), DAY, [slack], opts)).toEqual([{ destination: 'slack:C1', status: 'failed', error: 'service unavailable' }]);
    expect(opts.waits).toEqual([10, 15]);
    expect(log.entries.some((e) => e.level === 50 && e.msg === 'digest not posted; the next run will try again')).toBe(true);
    expect(await postRecord(db, { day: DAY, destination: slack.id })).toMatchObject({ state: 'failed', attempts: 3 });
    // The next run looks first (an error may hide a post that went out), then posts.
    expect((await postDigest(digestOf(3), DAY, [slack], options(db)))[0]).toMatchObject({ status: 'sent' });
    expect(slack.channel).toHaveLength(1);
  });

  it('does not retry a permanent error in the same run', async () => {
    const db = await registry();
    const slack = new FakeDestination('slack:C1');
    slack.failures.push({ error: new SendError('channel_not_found', false) });
    const opts = options(db);
    expect((await postDigest(digestOf(3), DAY, [slack], opts))[0]).toMatchObject({ status: 'failed', error: 'channel_not_found' });
    expect(slack.sends).toBe(1);
    expect(opts.waits).toEqual([]);
  });

  it('keeps posting to the other destinations when one fails', async () => {
    const db = await registry();
    const broken = new FakeDestination('teams:T1');
    broken.failures.push({ error: new SendError('forbidden', false) });
    const slack = new FakeDestination('slack:C1');
    const outcomes = await postDigest(digestOf(3), DAY, [broken, slack], options(db));
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'sent']);
  });
});
