import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { eventRequest, mention, sendSigned, signature, type SlackRequest } from '../support/signed.js';
import { useSlackServer } from '../support/test-server.js';

const fx = useSlackServer();

const json = (body: unknown): SlackRequest => ({ body: JSON.stringify(body), contentType: 'application/json' });
const envelope = (event: unknown) => ({ token: 'legacy', team_id: 'T0001', api_app_id: 'A0001', type: 'event_callback', event_id: `EvBad${Math.random()}`, event_time: 1, event });
const now = () => Math.floor(Date.now() / 1000);

describe('signed but malformed Slack bodies', () => {
  it.each([
    ['an event that is null', json(envelope(null))],
    ['a mention whose text is an object', json(envelope(mention('x', { text: { evil: true } })))],
    ['a direct message whose user is a number', json(envelope({ type: 'message', channel_type: 'im', channel: 'D1', user: 42, text: 'hi', ts: '1.2' }))],
    ['a form body naming an event', { body: 'type=event_callback&event=x', contentType: 'application/x-www-form-urlencoded' }],
    ['an event whose type is missing', json(envelope({ text: 'hi' }))],
  ])('acknowledges %s without a 5xx, logs it once and calls nothing', async (_name, request) => {
    const before = fx.server.log.lines.length;
    const res = await sendSigned(fx.server.url, request);
    expect([200, 400]).toContain(res.status);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const logged = fx.server.log.lines.slice(before).filter((line) => (line.level as number) >= 40);
    expect(logged, JSON.stringify(logged)).toHaveLength(1);
    expect(fx.fake.calls).toEqual([]);
  });

  it('still answers a well-formed mention after them', async () => {
    const res = await sendSigned(fx.server.url, eventRequest(mention('what does upsert do with deleted records?'), 'EvGoodAfterBad'));
    expect(res.status).toBe(200);
    expect(await fx.fake.waitFor('chat.postMessage')).toHaveLength(1);
  });
});

describe('Slack request signatures, as Slack describes them', () => {
  const request = () => eventRequest(mention('what is a DLO?'), `EvSig${Math.random()}`);

  it.each([
    ['ten minutes ahead', 600],
    ['three hundred years ahead', 300 * 365 * 86_400],
    ['six minutes old', -360],
  ])('refuses a timestamp %s', async (_name, offset) => {
    const res = await sendSigned(fx.server.url, request(), { timestamp: now() + offset });
    expect(res.status).toBe(401);
  });

  it('accepts a timestamp four minutes ahead or behind (clocks drift)', async () => {
    for (const offset of [240, -240]) expect((await sendSigned(fx.server.url, request(), { timestamp: now() + offset })).status).toBe(200);
    await fx.fake.waitFor('chat.postMessage', 2);
  });

  it.each([
    ['a valid signature with "=x" appended', (sig: string) => `${sig}=x`],
    ['upper-case hex', (sig: string) => `v0=${sig.slice(3).toUpperCase()}`],
    ['two signatures', (sig: string) => `${sig},${sig}`],
    ['another version', (sig: string) => `v1=${sig.slice(3)}`],
  ])('refuses %s', async (_name, change) => {
    const req = request();
    const timestamp = now();
    const res = await sendSigned(fx.server.url, req, { timestamp, signature: change(signature(req.body, timestamp)) });
    expect(res.status).toBe(401);
  });

  it.each([
    ['a fraction', (t: number) => `${t}.5`],
    ['a plus sign', (t: number) => `+${t}`],
    ['hex', (t: number) => `0x${t.toString(16)}`],
    ['a leading zero', (t: number) => `0${t}`],
    ['an exponent', (t: number) => `${t / 10}e1`],
  ])('refuses a timestamp written as %s, even when the signature is computed over it', async (_name, write) => {
    const req = request();
    const stamp = write(now());
    const sig = signature(req.body, stamp as unknown as number);
    const res = await fetch(`${fx.server.url}/slack/events`, { method: 'POST', headers: { 'content-type': req.contentType, 'x-slack-request-timestamp': stamp, 'x-slack-signature': sig }, body: req.body });
    expect(res.status).toBe(401);
  });

  it('calls Slack for none of the refused requests', () => {
    expect(fx.fake.calls).toEqual([]);
  });
});

/** Sends a signed 10 MB body over a raw socket, declared or chunked, and waits for the server to close it. */
function sendHuge(chunked: boolean): Promise<{ head: string; closedAfterMs: number }> {
  const body = 'x'.repeat(10 * 1024 * 1024);
  const timestamp = now();
  const url = new URL(fx.server.url);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ head: received.split('\r\n')[0] ?? '', closedAfterMs: Date.now() - started }));
    socket.setTimeout(10_000, () => reject(new Error('the connection stayed open')));
    const framing = chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${body.length}`;
    socket.write(`POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${framing}\r\nX-Slack-Request-Timestamp: ${timestamp}\r\nX-Slack-Signature: ${signature(body, timestamp)}\r\n\r\n`);
    if (!chunked) return void socket.write(body);
    for (let at = 0; at < body.length && !socket.destroyed; at += 65_536) socket.write(`10000\r\n${body.slice(at, at + 65_536)}\r\n`);
  });
}

describe('a Slack body that is too large', () => {
  it.each([
    ['declared in Content-Length', false],
    ['sent chunked', true],
  ])('is answered 413 and its connection closed (%s)', async (_name, chunked) => {
    const outcome = await sendHuge(chunked);
    expect(outcome.head).toBe('HTTP/1.1 413 Payload Too Large');
    expect(outcome.closedAfterMs).toBeLessThan(5_000);
    expect((await fetch(`${fx.server.url}/healthz`)).status).toBe(200);
  });
});
