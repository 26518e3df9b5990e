import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeSlack } from '../support/fake-slack.js';
import { buttonClick, eventRequest, interactionRequest, mention, sendSigned } from '../support/signed.js';
import { removeDir, startFake, startTestServer, type TestServer } from '../support/test-server.js';

let fake: FakeSlack;
let server: TestServer;
let nextId = 0;
const eventId = () => `Ev${Date.now()}${(nextId += 1)}`;

beforeAll(async () => {
  fake = await startFake();
  server = await startTestServer(fake, { env: { DOCS_BASE_URL: 'https://docs.example.com/ingest' } });
});

afterAll(async () => {
  await server.running.stop();
  await fake.stop();
  removeDir(server.dir);
});

beforeEach(() => fake.reset());

type Block = { type: string; text?: { text: string }; elements?: Array<{ text?: string | { text: string }; action_id?: string; value?: string }> };

describe('Slack events over HTTP', () => {
  it('answers url_verification with the challenge', async () => {
    const res = await sendSigned(server.url, { body: JSON.stringify({ type: 'url_verification', token: 't', challenge: 'abc123' }), contentType: 'application/json' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc123' });
    expect(res.headers.get('x-powered-by'), 'the server does not advertise what it runs').toBeNull();
  });

  it('answers a mention in its thread, with the answer, linked sources and feedback buttons', async () => {
    const res = await sendSigned(server.url, eventRequest(mention('what does upsert do with deleted records?'), eventId()));
    expect(res.status).toBe(200);
    const [post] = await fake.waitFor('chat.postMessage');
    expect(post!.params).toMatchObject({ channel: 'C0CHANNEL', thread_ts: '1700000000.000200' });
    const blocks = post!.params.blocks as Block[];
    expect(blocks[0]!.text!.text).toMatch(/upsert/i);
    const sources = blocks.find((b) => b.type === 'context')!;
    expect(JSON.stringify(sources)).toContain('<https://docs.example.com/ingest/gotchas#upsert-keeps-deletes|');
    const buttons = blocks.find((b) => b.type === 'actions')!.elements!;
    expect(buttons.map((b) => b.action_id)).toEqual(['answer_helpful', 'answer_not_helpful']);
  });

  it('answers an event redelivered with X-Slack-Retry-Num exactly once', async () => {
    const request = eventRequest(mention('how much does a full refresh cost?'), eventId());
    expect((await sendSigned(server.url, request)).status).toBe(200);
    await fake.waitFor('chat.postMessage');
    for (const retry of ['1', '2', '3']) {
      const res = await sendSigned(server.url, request, { headers: { 'x-slack-retry-num': retry, 'x-slack-retry-reason': 'http_timeout' } });
      expect(res.status).toBe(200);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers the redelivery of an event whose first delivery failed before answering', async () => {
    fake.script('chat.postMessage', { body: { ok: false, error: 'fatal_error' } });
    const request = eventRequest(mention('what is a DLO?'), eventId());
    const first = await sendSigned(server.url, request);
    expect(first.status).toBe(500);
    const retry = await sendSigned(server.url, request, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' } });
    expect(retry.status).toBe(200);
    const posts = await fake.waitFor('chat.postMessage', 2);
    expect(posts[1]!.params.thread_ts).toBe('1700000000.000200');
    const again = await sendSigned(server.url, request, { headers: { 'x-slack-retry-num': '2' } });
    expect(again.status).toBe(200);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('refuses a redelivery that arrives while the first delivery is still answering, so Slack tries again later', async () => {
    fake.script('chat.postMessage', { delayMs: 400 });
    const request = eventRequest(mention('what is identity resolution?'), eventId());
    const first = sendSigned(server.url, request);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const early = await sendSigned(server.url, request, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(early.status).toBe(503);
    expect((await first).status).toBe(200);
    const later = await sendSigned(server.url, request, { headers: { 'x-slack-retry-num': '2' } });
    expect(later.status).toBe(200);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('honours Retry-After when Slack rate-limits the answer, and answers once', async () => {
    fake.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const res = await sendSigned(server.url, eventRequest(mention('what is a data graph?'), eventId()));
    expect(res.status).toBe(200);
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1_000);
  });

  it('rejects a forged signature and a timestamp older than 5 minutes with 401, calling nothing', async () => {
    const request = eventRequest(mention('what is a DLO?'), eventId());
    const forged = await sendSigned(server.url, request, { secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const old = await sendSigned(server.url, request, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(old.status).toBe(401);
    const unsigned = await fetch(`${server.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
    expect(unsigned.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.calls).toHaveLength(0);
  });

  it('never answers itself, other bots, or edited messages', async () => {
    const own = mention('hello', { user: 'UBOT' });
    const bot = mention('hello', { user: 'U0OTHER', bot_id: 'B0OTHER' });
    const edited = { type: 'message', subtype: 'message_changed', channel: 'D0DM', channel_type: 'im', ts: '1700000000.000300', message: { text: 'x' } };
    const botDm = { type: 'message', channel: 'D0DM', channel_type: 'im', user: 'U0OTHER', bot_id: 'B0OTHER', text: 'loop?', ts: '1700000000.000400' };
    for (const event of [own, bot, edited, botDm]) expect((await sendSigned(server.url, eventRequest(event, eventId()))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers a direct message in its thread', async () => {
    const dm = { type: 'message', channel: 'D0DM', channel_type: 'im', user: 'U0PERSON', text: 'deleted contacts still show up in segments', ts: '1700000000.000500' };
    expect((await sendSigned(server.url, eventRequest(dm, eventId()))).status).toBe(200);
    const [post] = await fake.waitFor('chat.postMessage');
    expect(post!.params).toMatchObject({ channel: 'D0DM', thread_ts: '1700000000.000500' });
  });

  it('stores Helpful and Not helpful clicks and thanks the person privately', async () => {
    await sendSigned(server.url, eventRequest(mention('deleted contacts still show up in our segments'), eventId()));
    const [post] = await fake.waitFor('chat.postMessage');
    const buttons = (post!.params.blocks as Block[]).find((b) => b.type === 'actions')!.elements!;
    const questionId = buttons[1]!.value!;
    const click = buttonClick('answer_not_helpful', questionId, { response_url: fake.hookUrl('feedback') });
    expect((await sendSigned(server.url, interactionRequest(click))).status).toBe(200);
    const [thanks] = await fake.waitFor('response_url');
    expect(thanks!.params).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const db = new Database(server.db, { readonly: true });
    const row = db.prepare('SELECT helpful, by FROM answer_feedback WHERE question_id = ?').get(Number(questionId));
    db.close();
    expect(row).toEqual({ helpful: 0, by: 'U0PERSON' });
  });
});
