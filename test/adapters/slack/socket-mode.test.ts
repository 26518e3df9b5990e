import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeSlack } from '../support/fake-slack.js';
import { FakeSocketMode } from '../support/fake-socket.js';
import { mention } from '../support/signed.js';
import { removeDir, startFake, startTestServer, type TestServer } from '../support/test-server.js';

let fake: FakeSlack;
let socket: FakeSocketMode;
let server: TestServer;

beforeAll(async () => {
  fake = await startFake();
  socket = new FakeSocketMode();
  const url = await socket.start();
  fake.script('apps.connections.open', { body: { ok: true, url } });
  server = await startTestServer(fake, { env: { SLACK_APP_TOKEN: 'xapp-1-A0001-test', SLACK_SIGNING_SECRET: undefined } });
  await socket.ready;
});

afterAll(async () => {
  await server.running.stop();
  await socket.stop();
  await fake.stop();
  removeDir(server.dir);
});

describe('Socket Mode (SLACK_APP_TOKEN)', () => {
  it('connects out through SLACK_API_URL, and serves no /slack/events', async () => {
    expect(fake.callsTo('apps.connections.open')).toHaveLength(1);
    const res = await fetch(`${server.url}/slack/events`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ready', slack: 'socket' });
  });

  it('acknowledges an event envelope and answers the mention in its thread', async () => {
    const payload = { type: 'event_callback', team_id: 'T0001', api_app_id: 'A0001', event_id: 'EvSocket1', event_time: 1, event: mention('what does upsert do with deleted records?') };
    socket.send({ envelope_id: 'env-1', type: 'events_api', payload, accepts_response_payload: false, retry_attempt: 0, retry_reason: '' });
    await socket.ackOf('env-1');
    const [post] = await fake.waitFor('chat.postMessage');
    expect(post!.params).toMatchObject({ channel: 'C0CHANNEL', thread_ts: '1700000000.000200' });
  });

  it('answers an inline /ingest-review in the envelope acknowledgement', async () => {
    const payload = { command: '/ingest-review', text: 'name=x connector=s3 category=profile refreshMode=full-refresh', user_id: 'U0PERSON', channel_id: 'C0CHANNEL', team_id: 'T0001', response_url: fake.hookUrl('socket'), trigger_id: '1.2.3' };
    socket.send({ envelope_id: 'env-2', type: 'slash_commands', payload, accepts_response_payload: true });
    const ack = await socket.ackOf('env-2');
    expect((ack.payload as { text: string }).text).toMatch(/^x: /);
  });
});
