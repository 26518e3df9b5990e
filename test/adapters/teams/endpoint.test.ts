import { describe, expect, it } from 'vitest';
import type { CloudAdapter } from '@microsoft/agents-hosting';
import { jwtAuthorizer } from '../../../adapters/teams/endpoint/authorize.js';
import { CapturedLog } from '../support/test-server.js';
import { message } from './support/activities.js';
import { post, startTeamsServer, useTeamsServer } from './support/teams-server.js';

const fx = useTeamsServer();

describe('/api/messages in local mode', () => {
  it('answers malformed JSON with 400 and keeps serving: the next request is answered', async () => {
    const bad = await post(fx.server.url, '{"type": "message", "text": ');
    expect(bad.status).toBe(400);
    expect(String(bad.body?.error)).toMatch(/not valid JSON/);
    const before = fx.connector.posts.length;
    expect((await post(fx.server.url, message(fx.connector.serviceUrl, 'what is a data stream?'))).status).toBe(200);
    expect(fx.connector.posts.length).toBe(before + 1);
  });

  it.each([
    ['an array', '[1, 2]', /must be an activity/],
    ['no conversation', JSON.stringify({ type: 'message', serviceUrl: 'http://127.0.0.1:9/' }), /conversation/],
    ['no service URL', JSON.stringify({ type: 'message', conversation: { id: 'a' } }), /serviceUrl is required/],
    ['a field of the wrong type', JSON.stringify({ type: 'message', conversation: { id: 'a' }, serviceUrl: 'http://127.0.0.1:9/', from: 'someone' }), /wrong type/],
    ['an empty body', '', /empty/],
  ])('answers %s with 400 naming the problem', async (_what, body, reason) => {
    const answer = await post(fx.server.url, body);
    expect(answer.status).toBe(400);
    expect(String(answer.body?.error)).toMatch(reason);
  });

  it('refuses other content types, oversized bodies and other methods', async () => {
    expect((await post(fx.server.url, 'hello', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post(fx.server.url, JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }))).status).toBe(413);
    expect((await fetch(`${fx.server.url}/api/messages`)).status).toBe(405);
  });

  it.each([
    ['another host', 'https://smba.trafficmanager.net/amer/'],
    ['a name that only starts like a loopback address', 'http://127.0.0.1.example.com/'],
    ['a private address', 'http://10.0.0.1:3978/'],
    ['the unspecified address', 'http://0.0.0.0:9/'],
  ])('refuses an activity whose serviceUrl is %s, and sends nothing anywhere', async (_what, serviceUrl) => {
    const before = fx.connector.posts.length;
    const answer = await post(fx.server.url, message(serviceUrl, 'what is a data stream?'));
    expect(answer.status).toBe(400);
    expect(String(answer.body?.error)).toMatch(/serviceUrl must be a loopback address/);
    expect(fx.connector.posts.length).toBe(before);
    expect(fx.server.log.messages()).toContain('refused a Teams activity whose serviceUrl is not on this machine (local mode replies only to loopback addresses)');
  });

  it('answers an activity whose serviceUrl names localhost, as the Agents Playground does', async () => {
    const before = fx.connector.posts.length;
    const playground = fx.connector.serviceUrl.replace('127.0.0.1', 'localhost');
    expect((await post(fx.server.url, message(playground, 'what is a data stream?'))).status).toBe(200);
    expect(fx.connector.posts.length).toBe(before + 1);
  });

  it('logs why a request was refused, without a stack trace', () => {
    const refusals = fx.server.log.lines.filter((line) => String(line.msg).startsWith('refused a malformed Teams'));
    expect(refusals.length).toBeGreaterThan(0);
    expect(JSON.stringify(fx.server.log.lines)).not.toMatch(/\n\s+at /);
  });
});

describe('local mode on a non-loopback address', () => {
  it('turns /api/messages off and says why', async () => {
    const open = await startTeamsServer(fx.dir, { HOST: '0.0.0.0' });
    try {
      const port = new URL(open.url).port;
      expect((await post(`http://127.0.0.1:${port}`, message(fx.connector.serviceUrl, 'hello'))).status).toBe(404);
      expect(open.log.messages().join('\n')).toMatch(/Teams is off: \/api\/messages without MicrosoftAppId accepts unauthenticated requests, so it is only served on a loopback address, and HOST is 0\.0\.0\.0/);
    } finally {
      await open.running.stop();
    }
  });
});

describe('token validation that cannot finish', () => {
  it('refuses the request with 401 after the deadline instead of hanging', async () => {
    const hanging = { authorizeRequest: () => new Promise<void>(() => undefined) } as unknown as CloudAdapter;
    const log = new CapturedLog();
    const result = await jwtAuthorizer(hanging, log.logger, 50)({ authorization: 'Bearer x.y.z' });
    expect(result).toEqual({ ok: false, status: 401, message: 'the token could not be validated in time' });
    expect(log.messages().join('\n')).toMatch(/could not be validated in time/);
  });
});
