import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../../src/digest/local-day.js';
import { importStreams } from '../../../src/registry/import-streams.js';
import { waitFor } from '../../registry/child-process.js';
import { usingRegistry } from '../../registry/helpers.js';
import { freshDatabaseUrl } from '../../support/postgres/databases.js';
import type { FakeSlack } from '../support/fake-slack.js';
import { eventRequest, mention, sendSigned } from '../support/signed.js';
import { slackEnv, startFake } from '../support/test-server.js';
import { startInstance, type Instance } from './instance-process.js';

// Two instances of `serve`, each in a process of its own, behind no load balancer but the test,
// on one PostgreSQL database: what one has done, the other must see.

let fake: FakeSlack;
const running: Instance[] = [];

beforeAll(async () => {
  fake = await startFake();
});

afterAll(async () => {
  await fake.stop();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((instance) => instance.kill()));
  fake.reset();
});

/** A new database with two streams in it, and what each instance's environment needs to use it and the stand-in Slack. */
async function deployment(): Promise<{ url: string; env: Record<string, string> }> {
  const url = await freshDatabaseUrl();
  const streams = [
    { name: 'Web orders', connector: 'ingestion-api', owner: 'web-team', category: 'engagement', refreshMode: 'upsert' },
    { name: 'Accounts', connector: 'salesforce-crm', category: 'profile', refreshMode: 'upsert' },
  ];
  await usingRegistry({ engine: 'postgres', url }, (db) => importStreams(db, streams as never));
  // The digest is due at midnight UTC, so an instance started any time today catches today's up at once.
  const env = slackEnv(fake, '', { DATABASE_URL: url, DIGEST_SLACK_CHANNEL: 'C0DIGEST', DIGEST_CRON: '0 0 * * *', DIGEST_TZ: 'UTC', LOG_LEVEL: 'info' });
  return { url, env: Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[0] !== 'INGEST_ADVISOR_DB')) };
}

async function instances(env: Record<string, string>, count: number): Promise<Instance[]> {
  const started = await Promise.all(Array.from({ length: count }, () => startInstance(env)));
  running.push(...started);
  return started;
}

const digestPosts = () => fake.callsTo('chat.postMessage').filter((call) => call.params.channel === 'C0DIGEST');
const said = (instance: Instance, message: string) => instance.log().some((line) => line.msg === message);
const ledger = (url: string) => usingRegistry({ engine: 'postgres', url }, (db) => db.selectFrom('digest_posts').select(['day', 'state', 'message_ref']).execute());

describe('two instances of serve on one PostgreSQL database', () => {
  it('post the day’s digest once, and each knows it went out', async () => {
    const { url, env } = await deployment();
    const pair = await instances(env, 2);
    const handled = (instance: Instance) => said(instance, 'digest posted') || said(instance, 'the digest of this day was already handled (by this process or another)');
    await waitFor(() => pair.every(handled), 30_000, 'both instances to run the digest');
    expect(digestPosts()).toHaveLength(1);
    expect(pair.filter((instance) => said(instance, 'digest posted'))).toHaveLength(1);
    expect(await ledger(url)).toEqual([{ day: localDay(new Date(), 'UTC'), state: 'sent', message_ref: expect.stringMatching(/^C0DIGEST\//) }]);
  }, 90_000);

  it('answer an event delivered to one and redelivered to the other once', async () => {
    const { url, env } = await deployment();
    const [a, b] = await instances({ ...env, DIGEST_SLACK_CHANNEL: '' }, 2);
    // A slow answer: the redelivery arrives at the other instance while the first is still answering.
    fake.script('chat.postMessage', { delayMs: 600 });
    const request = eventRequest(mention('how much does a full refresh cost?'), 'Ev0INSTANCES');
    const first = sendSigned(a!.url, request);
    await fake.waitFor('chat.postMessage');
    const early = await sendSigned(b!.url, request, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(early.status).toBe(503);
    expect((await first).status).toBe(200);
    for (const [instance, retry] of [[b!, '2'], [a!, '3']] as const) {
      expect((await sendSigned(instance.url, request, { headers: { 'x-slack-retry-num': retry, 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    }
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    const questions = await usingRegistry({ engine: 'postgres', url }, (db) => db.selectFrom('questions').select(['event_key', 'question']).execute());
    expect(questions).toEqual([{ event_key: 'slack:Ev0INSTANCES', question: 'how much does a full refresh cost?' }]);
  }, 90_000);

  it('post the digest once when the instance posting it is killed mid-post: the other finds the post and records it', async () => {
    const { url, env } = await deployment();
    // Slack takes the post but answers slowly: the poster is killed before it hears back.
    fake.script('chat.postMessage', { delayMs: 3_000 });
    const [poster] = await instances(env, 1);
    await fake.waitFor('chat.postMessage', 1, 30_000);
    // Killed at once, while Slack is still answering: started first, a slow machine could let the
    // poster hear back (and record the post) before the kill, and there would be nothing to find.
    await poster!.kill();
    const [other] = await instances(env, 1);
    await waitFor(() => said(other!, 'found the digest already posted; recorded it'), 30_000, 'the other instance to find the post');
    expect(digestPosts()).toHaveLength(1);
    expect(fake.callsTo('conversations.history').length).toBeGreaterThanOrEqual(1);
    expect(await ledger(url)).toEqual([{ day: localDay(new Date(), 'UTC'), state: 'sent', message_ref: expect.stringMatching(/^C0DIGEST\//) }]);
  }, 90_000);
});
