import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_KEYS } from '../../../src/review/input-catalogue.js';
import { ACTION, VIEW } from '../../../adapters/slack/ids.js';
import type { FakeSlack } from '../support/fake-slack.js';
import { buttonClick, commandRequest, eventRequest, interactionRequest, mention, sendSigned, viewSubmission, type SlackRequest } from '../support/signed.js';
import { removeDir, startFake, startTestServer, type TestServer } from '../support/test-server.js';

let fake: FakeSlack;
let server: TestServer;

beforeAll(async () => {
  fake = await startFake();
  server = await startTestServer(fake, { env: { LOG_LEVEL: 'warn' } });
});

afterAll(async () => {
  await server.running.stop();
  await fake.stop();
  removeDir(server.dir);
});

const word = fc.oneof(fc.constantFrom(...INPUT_KEYS, 'help', 'x', '"', '“', '=', ',', 'other:', 'Web orders'), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const words = fc.array(fc.tuple(word, fc.constantFrom('', '=', '="', ' ', '=' + '9'.repeat(30))).map(([w, s]) => w + s), { maxLength: 12 }).map((parts) => parts.join(' '));
const commandText = fc.oneof(words, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.constant(''), fc.constant('help'), fc.string({ minLength: 5000, maxLength: 6000 }));

const actionIds = [...Object.values(ACTION).map((id) => (id.endsWith(':') ? `${id}0` : id)), 'unknown_action'];
const draftValue = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ d: fc.dictionary(fc.constantFrom(...INPUT_KEYS, 'bogus'), fc.jsonValue(), { maxKeys: 6 }), k: fc.constantFrom(...INPUT_KEYS, 'bogus'), v: fc.string({ maxLength: 20 }) }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 40 }),
);
const responseUrl = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 30 }), fc.constant('https://evil.example.com/hook'));
const click = fc.record({ id: fc.constantFrom(...actionIds), value: fc.option(draftValue, { nil: undefined }), url: responseUrl }).map(({ id, value, url }) => buttonClick(id, value, url ? { response_url: url } : {}));
const submission = fc
  .record({
    callback: fc.constantFrom(...Object.values(VIEW), 'other_view'),
    values: fc.dictionary(fc.constantFrom(...INPUT_KEYS, 'usesOther', 'reason', 'zzz'), fc.jsonValue(), { maxKeys: 8 }),
    meta: draftValue,
  })
  .map(({ callback, values, meta }) => viewSubmission(callback, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { [k]: typeof v === 'object' ? v : { type: 'plain_text_input', value: v } }])), meta));
const junk = fc.oneof(fc.jsonValue(), fc.record({ type: fc.constantFrom('block_actions', 'view_submission', 'view_closed', 'shortcut', 'message_action', 'block_suggestion'), actions: fc.jsonValue(), user: fc.jsonValue(), view: fc.jsonValue() }));

const request: fc.Arbitrary<SlackRequest> = fc.oneof(
  { weight: 4, arbitrary: commandText.map((text) => commandRequest(text, fake.hookUrl('fuzz'))) },
  { weight: 1, arbitrary: fc.record({ text: commandText, command: fc.constantFrom('/ingest-review', '/other', ''), user: fc.constantFrom('U1', '') }).map(({ text, command, user }) => commandRequest(text, 'not a url', { command, user_id: user })) },
  { weight: 3, arbitrary: click.map(interactionRequest) },
  { weight: 2, arbitrary: submission.map(interactionRequest) },
  { weight: 1, arbitrary: junk.map(interactionRequest) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((body) => ({ body, contentType: 'application/x-www-form-urlencoded' })) },
);

describe('fuzzing /slack/events', () => {
  it('answers 1,000 random commands and interactions with 200 or 4xx, and still answers a question after', async () => {
    const requests = fc.sample(request, { numRuns: 1_000, seed: 20_261_125 });
    const statuses = new Map<number, number>();
    const queue = [...requests];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const res = await sendSigned(server.url, next);
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) throw new Error(`HTTP ${res.status} for ${next.body.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    console.log(JSON.stringify([...statuses])); const errs = server.log.lines.filter((l) => Number(l.level) >= 40).map((l) => String(l.msg) + ' ' + String(l.err ?? '')); console.log(errs.length, JSON.stringify([...new Set(errs)].slice(0, 40), null, 1)); expect([...statuses.keys()].every((status) => status === 200 || (status >= 400 && status < 500))).toBe(true);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(1_000);

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    fake.reset();
    const res = await sendSigned(server.url, eventRequest(mention('what does upsert do with deleted records?'), 'EvAfterFuzz'));
    expect(res.status).toBe(200);
    const posts = await fake.waitFor('chat.postMessage');
    expect(posts.some((p) => p.params.thread_ts === '1700000000.000200' && JSON.stringify(p.params.blocks).includes('answer_helpful'))).toBe(true);
  }, 60_000);
});
