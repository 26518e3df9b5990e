import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withAdapters } from '../../../adapters/commands.js';
import { coreCommands } from '../../../src/cli/commands/index.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { localDay } from '../../../src/digest/local-day.js';
import { importStreams } from '../../../src/registry/import-streams.js';
import { usingRegistry } from '../../registry/helpers.js';
import type { FakeSlack } from '../support/fake-slack.js';
import { buttonClick, interactionRequest, sendSigned, viewSubmission } from '../support/signed.js';
import { removeDir, scratchDir, slackEnv, startFake, startTestServer, type TestServer } from '../support/test-server.js';

// The digest is due at midnight UTC, so a server started any time today catches today's up at once.
const DIGEST_ENV = { DIGEST_SLACK_CHANNEL: 'C0DIGEST', DIGEST_CRON: '0 0 * * *', DIGEST_TZ: 'UTC' };

let fake: FakeSlack;
let dir: string;
const servers: TestServer[] = [];

function seed(): Promise<unknown> {
  return usingRegistry(join(dir, 'advisor.db'), (db) =>
    importStreams(db, [
      { name: 'Web orders', connector: 'ingestion-api', owner: 'web-team', category: 'engagement', refreshMode: 'upsert' } as never,
      { name: 'Accounts', connector: 'salesforce-crm', category: 'profile', refreshMode: 'upsert' } as never,
    ]),
  );
}

async function serve(): Promise<TestServer> {
  const server = await startTestServer(fake, { dir, env: DIGEST_ENV });
  servers.push(server);
  return server;
}

async function stop(server: TestServer): Promise<void> {
  servers.splice(servers.indexOf(server), 1);
  await server.running.stop();
}

function ledger(): Record<string, unknown> | undefined {
  const db = new Database(join(dir, 'advisor.db'), { readonly: true });
  const row = db.prepare('SELECT state, message_ref FROM digest_posts WHERE destination = ?').get('slack:C0DIGEST') as Record<string, unknown> | undefined;
  db.close();
  return row;
}

beforeEach(async () => {
  fake = await startFake();
  dir = scratchDir();
  await seed();
});

afterEach(async () => {
  for (const server of servers.splice(0)) await server.running.stop();
  await fake.stop();
  removeDir(dir);
});

type Block = { type: string; text?: { text: string }; elements?: Array<{ action_id?: string; value?: string }> };

describe('the digest in Slack', () => {
  it('is posted once a day with metadata naming the day, summary first, and not again after a restart', async () => {
    const first = await serve();
    await first.running.digestIdle();
    const [post] = await fake.waitFor('chat.postMessage');
    const today = localDay(new Date(), 'UTC');
    expect(post!.params).toMatchObject({ channel: 'C0DIGEST', metadata: { event_type: 'ingest_advisor_digest', event_payload: { day: today, destination: 'slack:C0DIGEST' } } });
    const blocks = post!.params.blocks as Block[];
    expect(blocks[0]!.type).toBe('header');
    expect(blocks[1]!.text!.text).toMatch(/^\*2 of 2 streams unchecked\*/);
    const actionIds = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements!.map((e) => `${e.action_id}:${e.value}`));
    expect(actionIds).toEqual(['digest_review:Accounts', 'digest_snooze:Accounts', 'digest_review:Web orders', 'digest_snooze:Web orders']);
    await stop(first);

    const second = await serve();
    await second.running.digestIdle();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(ledger()).toMatchObject({ state: 'sent' });
  });

  it('finds a digest that went out but was never recorded (a crash) in the channel history instead of posting it again', async () => {
    const first = await serve();
    await first.running.digestIdle();
    await fake.waitFor('chat.postMessage');
    await stop(first);
    // As if the process died between posting and recording: a claim whose lease has run out.
    const db = new Database(join(dir, 'advisor.db'));
    db.prepare("UPDATE digest_posts SET state = 'claimed', claimed_at = 0, message_ref = NULL").run();
    db.close();

    const second = await serve();
    await second.running.digestIdle();
    const [history] = await fake.waitFor('conversations.history');
    expect(history!.params).toMatchObject({ channel: 'C0DIGEST', include_all_metadata: 'true' });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(ledger()).toMatchObject({ state: 'sent', message_ref: expect.stringMatching(/^C0DIGEST\//) });
  });

  it('waits as long as Retry-After says when Slack answers 429, then posts once', async () => {
    fake.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const server = await serve();
    await server.running.digestIdle();
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1_000);
    expect(ledger()).toMatchObject({ state: 'sent' });
  }, 15_000);

  it('says to invite the bot when it is not in the channel, and does not retry in vain', async () => {
    fake.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    const server = await serve();
    await server.running.digestIdle();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(server.log.messages().some((m) => /not a member of channel C0DIGEST: invite it there/.test(m))).toBe(true);
    expect(ledger()).toMatchObject({ state: 'failed' });
  });

  it('opens the review form pre-filled from the registry, and records a snooze with its reason', async () => {
    const server = await serve();
    await server.running.digestIdle();
    fake.reset();
    await sendSigned(server.url, interactionRequest(buttonClick('digest_review', 'Web orders', { response_url: fake.hookUrl('digest') })));
    const [open] = await fake.waitFor('views.open');
    const view = open!.params.view as { blocks: Array<{ block_id?: string; element?: { initial_value?: string; initial_option?: { value: string } } }> };
    expect(view.blocks.find((b) => b.block_id === 'name')!.element!.initial_value).toBe('Web orders');
    expect(view.blocks.find((b) => b.block_id === 'connector')!.element!.initial_option!.value).toBe('ingestion-api');

    await sendSigned(server.url, interactionRequest(buttonClick('digest_snooze', 'Accounts')));
    const opens = await fake.waitFor('views.open', 2);
    const snooze = opens[1]!.params.view as { callback_id: string; private_metadata: string };
    expect(snooze.callback_id).toBe('digest_snooze');
    const empty = await sendSigned(server.url, interactionRequest(viewSubmission('digest_snooze', { reason: { reason: { type: 'plain_text_input', value: ' ' } } }, snooze.private_metadata)));
    expect(((await empty.json()) as { errors: Record<string, string> }).errors.reason).toMatch(/why/);
    const ok = await sendSigned(server.url, interactionRequest(viewSubmission('digest_snooze', { reason: { reason: { type: 'plain_text_input', value: 'moving to the new org' } } }, snooze.private_metadata)));
    expect(ok.status).toBe(200);
    const [note] = await fake.waitFor('chat.postMessage');
    expect(note!.params).toMatchObject({ channel: 'C0CHANNEL', thread_ts: '1700000001.000100' });
    const db = new Database(join(dir, 'advisor.db'), { readonly: true });
    const row = db.prepare('SELECT z.reason, z.by FROM snoozes z JOIN streams s ON s.id = z.stream_id WHERE s.name = ?').get('Accounts');
    db.close();
    expect(row).toEqual({ reason: 'moving to the new org', by: 'U0PERSON' });
  });

  it('is what `digest --post` posts too, once per day', async () => {
    const env = { ...slackEnv(fake, join(dir, 'advisor.db'), DIGEST_ENV), SLACK_SIGNING_SECRET: undefined, LOG_LEVEL: 'silent' };
    const out: string[] = [];
    const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) }, stdin: Readable.from([]), env, cwd: dir };
    expect(await runCli(['digest', '--post'], io, withAdapters(coreCommands))).toBe(0);
    expect(await runCli(['digest', '--post'], io, withAdapters(coreCommands))).toBe(0);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(out.join('')).toMatch(/slack:C0DIGEST: already handled/);
  });
});
