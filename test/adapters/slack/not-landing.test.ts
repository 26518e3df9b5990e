import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSalesforce } from '../../sync/support/fake-salesforce.js';
import { connectStream, dataStreamRecord } from '../../sync/support/org-records.js';
import { blockProblems } from '../support/block-limits.js';
import type { FakeSlack } from '../support/fake-slack.js';
import { buttonClick, commandRequest, eventRequest, interactionRequest, mention, sendSigned } from '../support/signed.js';
import { removeDir, scratchDir, startFake, startTestServer, type TestServer } from '../support/test-server.js';

type Block = { type: string; text?: { text: string }; elements?: Array<{ action_id?: string; value?: string; text?: { text: string } }> };

let fake: FakeSlack;
let org: FakeSalesforce;
let dir: string;
let server: TestServer;
const tenMinutesAgo = () => new Date(Date.now() - 600_000).toISOString();

beforeEach(async () => {
  fake = await startFake();
  org = await new FakeSalesforce().start();
  dir = scratchDir();
  org.streams = [connectStream('Web_orders', { lastRunStatus: 'FAILURE' }), connectStream('Accounts', { connectorInfo: { connectorType: 'SalesforceDotCom' } })];
  org.records = [
    dataStreamRecord('Web_orders', { ImportRunStatus: 'FAILURE', LastDataChangeStatusErrorCode: 'AUTH_FAILED', LastRefreshDate: tenMinutesAgo() }),
    dataStreamRecord('Accounts', { LastRefreshDate: tenMinutesAgo(), LastNumberOfRowsAddedCount: 120 }),
  ];
  // The digest is due at midnight UTC: serve catches up the sync, then today's digest, at start.
  server = await startTestServer(fake, { dir, env: { DIGEST_SLACK_CHANNEL: 'C0DIGEST', DIGEST_CRON: '0 0 * * *', DIGEST_TZ: 'UTC', ...org.env() } });
  await server.running.syncIdle();
  await server.running.digestIdle();
});

afterEach(async () => {
  await server.running.stop();
  await org.stop();
  await fake.stop();
  removeDir(dir);
});

const texts = (blocks: Block[]): string => blocks.map((b) => b.text?.text ?? '').join('\n');
const buttonsOf = (blocks: Block[]) => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements!.map((e) => `${e.action_id}:${e.value ?? ''}`));

describe('the org in Slack', () => {
  it('syncs at start-up, then posts the digest with what is not landing above the unchecked streams', async () => {
    const [post] = await fake.waitFor('chat.postMessage');
    const blocks = post!.params.blocks as Block[];
    expect(blockProblems(blocks)).toEqual([]);
    expect(blocks[1]!.text!.text).toMatch(/^\*1 not landing\* · \*2 of 2 streams unchecked\* — never reviewed: 2/);
    const body = texts(blocks);
    expect(body.indexOf('*Not landing* (1)')).toBeLessThan(body.indexOf('*Never reviewed* (2)'));
    expect(body).toMatch(/\*Web_orders\* · `s3` · no owner\nLast run FAILURE, AUTH_FAILED \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)\./);
    expect(buttonsOf(blocks)[0]).toBe('landing_ask:gotchas#silent-auth-loss');
    expect(post!.params.text).toMatch(/^1 not landing, 2 of 2 streams unchecked/);
  });

  it('reports the last sync on /healthz', async () => {
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { sync: Record<string, unknown> };
    expect(health.sync).toMatchObject({ outcome: 'ok', detail: '2 data streams: 2 added, 0 changed, 0 unchanged, 0 removed; 1 not landing', lastRun: expect.any(String), nextRun: expect.stringMatching(/T23:30:00\.000Z$/) });
  });

  it('answers "ask the advisor about it" in the digest\'s thread, exactly as the typed question', async () => {
    fake.reset();
    await sendSigned(server.url, interactionRequest(buttonClick('landing_ask', 'gotchas#silent-auth-loss', { channel: { id: 'C0DIGEST', name: 'digest' } })));
    const [answer] = await fake.waitFor('chat.postMessage');
    expect(answer!.params).toMatchObject({ channel: 'C0DIGEST', thread_ts: '1700000000.000200' });
    await sendSigned(server.url, eventRequest(mention('gotchas#silent-auth-loss'), 'Ev0ASK'));
    const [, typed] = await fake.waitFor('chat.postMessage', 2);
    const withoutFeedback = (blocks: Block[]) => blocks.filter((b) => b.type !== 'actions');
    expect(withoutFeedback(answer!.params.blocks as Block[])).toEqual(withoutFeedback(typed!.params.blocks as Block[]));
    expect(texts(answer!.params.blocks as Block[])).toMatch(/credentials expire or are rotated/);
    expect(buttonsOf(answer!.params.blocks as Block[]).map((b) => b.split(':')[0])).toEqual(['answer_helpful', 'answer_not_helpful']);
  });

  it('shows a stream\'s review state and run health for `/ingest-review status`, and asks privately from there', async () => {
    fake.reset();
    await sendSigned(server.url, commandRequest('status web_orders', fake.hookUrl('status')));
    const [reply] = await fake.waitFor('response_url');
    const blocks = reply!.params.blocks as Block[];
    expect(blockProblems(blocks)).toEqual([]);
    expect(texts(blocks)).toMatch(/\*Web_orders\* · `s3` · no owner\n⚠️ \*Review:\* Never reviewed \(in the registry since \d{4}-\d\d-\d\d\)\.\n❌ \*Run health:\* Not landing: Last run FAILURE, AUTH_FAILED/);
    expect(buttonsOf(blocks)).toEqual(['review_open:Web_orders', 'landing_ask_private:gotchas#silent-auth-loss']);
    await sendSigned(server.url, interactionRequest(buttonClick('landing_ask_private', 'gotchas#silent-auth-loss', { response_url: fake.hookUrl('status') })));
    const answers = await fake.waitFor('response_url', 2);
    expect(texts(answers[1]!.params.blocks as Block[])).toMatch(/credentials expire or are rotated/);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers `status STREAM` in a mention\'s thread, and keeps questions about status for the advisor', async () => {
    fake.reset();
    await sendSigned(server.url, eventRequest(mention('status Accounts'), 'Ev0STATUS'));
    const [reply] = await fake.waitFor('chat.postMessage');
    expect(reply!.params.thread_ts).toBe('1700000000.000200');
    expect(texts(reply!.params.blocks as Block[])).toMatch(/✅ \*Run health:\* Landing: last run SUCCESS at \d{4}-\d\d-\d\d \d\d:\d\d UTC, 120 rows added\./);
    await sendSigned(server.url, eventRequest(mention('status Nope'), 'Ev0NOPE'));
    const [, unknown] = await fake.waitFor('chat.postMessage', 2);
    expect(texts(unknown!.params.blocks as Block[])).toContain('No stream named *Nope* is in the registry');
  });
});
