import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { App, ExpressReceiver } from '@slack/bolt';
import autocannon, { type Result } from 'autocannon';
import { startServe } from '../../adapters/server/start-serve.js';
import { silentLogger } from '../../src/logging/logger.js';
import { commandRequest, signature, SIGNING_SECRET } from '../adapters/support/signed.js';
import { removeDir, scratchDir } from '../adapters/support/test-server.js';

/** A typical inline review: what people type most after the form. */
const TEXT =
  'name="Web orders" connector=s3 category=engagement dataShape=event eventTimeField=ordered_at refreshMode=upsert primaryKey=order_id keyUnique=true ' +
  'deletes=delete-file schedule=hourly decisionFreshness=hourly uses=segmentation owner=web-team alerting=true';

const DURATION_S = Number(process.env.SLACK_BENCH_SECONDS ?? 4);
const ROUNDS = 5;
const CONNECTIONS = 20;

/**
 * Slack's side, in its own process as in production: the Web API (auth.test) and the response
 * URLs the replies go to. It only counts what it receives.
 */
const SLACK_STAND_IN = `
const http = require('node:http');
let replies = 0;
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (req.url.startsWith('/hooks/')) replies += 1;
    const body = req.url === '/api/auth.test' ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' } : req.url === '/count' ? { replies } : { ok: true };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

async function startStandIn(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', SLACK_STAND_IN], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  return { url: `http://127.0.0.1:${port}`, child };
}

/**
 * The bare Bolt app of the comparison: the same Express receiver, a listener that only acks
 * (with `reply`, it acks with that fixed message: the cost of carrying the answer, no work).
 */
async function startBareBolt(reply?: object): Promise<{ url: string; server: Server }> {
  const receiver = new ExpressReceiver({ signingSecret: SIGNING_SECRET, logger: { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => 'error' as never, setName() {} } });
  const app = new App({ receiver, token: 'xoxb-bench', botId: 'BBOT', botUserId: 'UBOT', tokenVerificationEnabled: false });
  app.command('/ingest-review', async ({ ack }) => (reply ? ack(reply as never) : ack()));
  const server = createServer(receiver.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function load(url: string, responseUrl: string): Promise<Result> {
  const request = commandRequest(TEXT, responseUrl);
  // Signed once: Slack's signature covers the timestamp, which stays valid for 5 minutes.
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = { 'content-type': request.contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(request.body, timestamp) };
  // The load generator runs on its own thread, so it does not share the servers' event loop.
  return autocannon({ url: `${url}/slack/events`, method: 'POST', headers, body: request.body, connections: CONNECTIONS, duration: DURATION_S, workers: 1 });
}

let answerBytes = 0;

/** The advisor's answer to the benchmark's command, as the bare app will send it. */
async function ourAnswer(url: string): Promise<object> {
  const request = commandRequest(TEXT, 'http://127.0.0.1:9/hooks/none');
  const timestamp = Math.floor(Date.now() / 1000);
  const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: { 'content-type': request.contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(request.body, timestamp) }, body: request.body });
  const text = await res.text();
  answerBytes = Buffer.byteLength(text);
  return JSON.parse(text) as object;
}

async function replyCount(url: string): Promise<number> {
  const res = await fetch(`${url}/count`);
  return ((await res.json()) as { replies: number }).replies;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function line(name: string, figures: { rps: number; p50: number; p99: number }): string {
  return `  ${name.padEnd(44)} ${figures.rps.toFixed(0).padStart(6)} req/s   p50 ${figures.p50.toFixed(1)} ms   p99 ${figures.p99.toFixed(1)} ms`;
}

/**
 * `/ingest-review` with inline input, signed, through the real HTTP stack on loopback: the
 * advisor (verification, Bolt, the review and its checklist sent back in the acknowledgement)
 * next to a bare Bolt app that only acknowledges. Runs alternate so drift hits both alike; Slack's side runs in another process, as it would.
 */
export async function benchSlack(): Promise<string[]> {
  const slack = await startStandIn();
  const dir = scratchDir();
  const env = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/`, INGEST_ADVISOR_DB: join(dir, 'advisor.db'), PORT: '0', HOST: '127.0.0.1', DIGEST_CRON: '0 0 1 1 *' };
  const running = await startServe({ env, cwd: dir, logger: silentLogger() });
  const bare = await startBareBolt();
  const carrying = await startBareBolt(await ourAnswer(running.url));
  const hook = `${slack.url}/hooks/T1/B1/bench`;
  try {
    await load(bare.url, hook);
    await load(running.url, hook);
    const before = await replyCount(slack.url);
    // Short runs in alternating order, one ratio per round: load from anything else on the
    // machine drifts slowly, so it hits both apps of a round alike, and the median drops outliers.
    const rounds: Array<{ bare: Result; carrying: Result; ours: Result }> = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = round % 2 === 0 ? [bare.url, carrying.url, running.url] : [running.url, carrying.url, bare.url];
      const results = new Map<string, Result>();
      for (const url of order) results.set(url, await load(url, hook));
      rounds.push({ bare: results.get(bare.url)!, carrying: results.get(carrying.url)!, ours: results.get(running.url)! });
    }
    const replies = (await replyCount(slack.url)) - before;
    const answered = rounds.reduce((sum, round) => sum + round.ours.requests.total, 0);
    const failed = rounds.reduce((sum, { ours, bare: b }) => sum + ours.non2xx + ours.errors + ours.timeouts + b.non2xx + b.errors + b.timeouts, 0);
    const throughput = median(rounds.map((r) => r.bare.requests.average / r.ours.requests.average));
    const p99 = median(rounds.map((r) => r.ours.latency.p99 / Math.max(r.bare.latency.p99, 1)));
    const work = median(rounds.map((r) => r.carrying.requests.average / r.ours.requests.average));
    const figures = (pick: (r: (typeof rounds)[number]) => Result) => ({
      rps: median(rounds.map((r) => pick(r).requests.average)),
      p50: median(rounds.map((r) => pick(r).latency.p50)),
      p99: median(rounds.map((r) => pick(r).latency.p99)),
    });
    return [
      `Slack /ingest-review with an inline review, signed, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s per app (medians):`,
      line('bare Bolt app (Express receiver, ack only)', figures((r) => r.bare)),
      line('bare Bolt app acking the same checklist', figures((r) => r.carrying)),
      line('ingest-advisor (review in the ack)', figures((r) => r.ours)),
      `  overhead: ${throughput.toFixed(2)}× the bare app's time per request (throughput ratio), p99 latency ${p99.toFixed(2)}× (target ≤ 1.3×)${failed > 0 ? `; ${failed} requests failed` : ''}`,
      `  of which the review itself (next to a bare app sending the same ${(answerBytes / 1024).toFixed(1)} KB answer): ${work.toFixed(2)}×`,
      `  replies posted to response URLs: ${replies} for ${answered} commands (the checklist goes back in the acknowledgement)`,
    ];
  } finally {
    await running.stop();
    for (const app of [bare, carrying]) {
      app.server.closeAllConnections();
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
    }
    slack.child.kill();
    removeDir(dir);
  }
}
