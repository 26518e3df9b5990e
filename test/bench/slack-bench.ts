import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { commandRequest, signature, SIGNING_SECRET } from '../adapters/support/signed.js';
import { removeDir, scratchDir } from '../adapters/support/test-server.js';
import { plainScript } from './plain-script.js';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { replyCount, startStandIn } from './slack-stand-in.js';
import { median } from './stats.js';
import { z } from 'zod';

/** A typical inline review: what people type most after the form. */
const TEXT =
  'name="Web orders" connector=s3 category=engagement dataShape=event eventTimeField=ordered_at refreshMode=upsert primaryKey=order_id keyUnique=true ' +
  'deletes=delete-file schedule=hourly decisionFreshness=hourly uses=segmentation owner=web-team alerting=true';

const roundSeconds = z.coerce.number().positive().max(600).default(3).safeParse(process.env.SLACK_BENCH_SECONDS);
if (!roundSeconds.success) {
  console.error('SLACK_BENCH_SECONDS must be a number of seconds above 0 and at most 600 (each round of the Slack benchmark); unset, it is 3.');
  process.exit(2);
}
const DURATION_S = roundSeconds.data;
const ROUNDS = 9;
const CONNECTIONS = 20;

const BARE_APP = fileURLToPath(new URL('./bare-bolt-app.ts', import.meta.url));
/** The built CLI, as `npm start` and the `ingest-advisor` bin run it (`npm run bench` builds first). */
const CLI = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

/**
 * The bare Bolt app of the comparison (see bare-bolt-app.ts), compiled to plain JavaScript as the
 * advisor it is compared with runs built, without tsx; with `reply`, it acks with that fixed message.
 */
function startBareBolt(script: string, reply?: object): Promise<ServerProcess> {
  return startServerProcess([script], { SLACK_SIGNING_SECRET: SIGNING_SECRET, ...(reply ? { BARE_REPLY: JSON.stringify(reply) } : {}) });
}

/** The advisor as `ingest-advisor serve` runs it, Slack over HTTP, the digest never due. */
function startAdvisor(slackUrl: string, dir: string): Promise<ServerProcess> {
  const env = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slackUrl}/api/`, INGEST_ADVISOR_DB: join(dir, 'advisor.db'), PORT: '0', HOST: '127.0.0.1', DIGEST_CRON: '0 0 1 1 *' };
  return startServerProcess([CLI, 'serve'], env);
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

/** One app's load run: autocannon's figures and the CPU time its process spent per request. */
interface Run {
  result: Result;
  cpuPerRequest: number | null;
}

async function measure(app: ServerProcess, hook: string): Promise<Run> {
  const before = app.cpuMicros();
  const result = await load(app.url, hook);
  const after = app.cpuMicros();
  const cpuPerRequest = before === null || after === null || result.requests.total === 0 ? null : (after - before) / result.requests.total;
  return { result, cpuPerRequest };
}

type Round = Record<'bare' | 'carrying' | 'ours', Run>;

function figures(rounds: readonly Round[], pick: (round: Round) => Run): { rps: number; p50: number; p99: number; cpu: number | null } {
  const cpu = rounds.map((r) => pick(r).cpuPerRequest);
  return {
    rps: median(rounds.map((r) => pick(r).result.requests.average)),
    p50: median(rounds.map((r) => pick(r).result.latency.p50)),
    p99: median(rounds.map((r) => pick(r).result.latency.p99)),
    cpu: cpu.every((c): c is number => c !== null) ? median(cpu) : null,
  };
}

function line(name: string, f: ReturnType<typeof figures>): string {
  const cpu = f.cpu === null ? '' : `   CPU ${f.cpu.toFixed(0)} µs/request`;
  return `  ${name.padEnd(44)} ${f.rps.toFixed(0).padStart(6)} req/s   p50 ${f.p50.toFixed(1)} ms   p99 ${f.p99.toFixed(1)} ms${cpu}`;
}

/** Short runs in alternating order: load from anything else on the machine drifts slowly, so it hits the apps of a round alike, and the median drops outliers. */
async function runRounds(apps: Record<keyof Round, ServerProcess>, hook: string): Promise<Round[]> {
  const rounds: Round[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const order: Array<keyof Round> = round % 2 === 0 ? ['bare', 'carrying', 'ours'] : ['ours', 'carrying', 'bare'];
    const runs: Partial<Round> = {};
    for (const name of order) runs[name] = await measure(apps[name], hook);
    rounds.push(runs as Round);
  }
  return rounds;
}

function report(rounds: readonly Round[], replies: number): string[] {
  const ratio = (of: (r: Round) => number) => median(rounds.map(of));
  const answered = rounds.reduce((sum, round) => sum + round.ours.result.requests.total, 0);
  const failed = rounds.reduce((sum, round) => sum + Object.values(round).reduce((n, { result: r }) => n + r.non2xx + r.errors + r.timeouts, 0), 0);
  const throughput = ratio((r) => r.bare.result.requests.average / r.ours.result.requests.average);
  const p99 = ratio((r) => r.ours.result.latency.p99 / Math.max(r.bare.result.latency.p99, 1));
  const work = ratio((r) => r.carrying.result.requests.average / r.ours.result.requests.average);
  const ours = figures(rounds, (r) => r.ours);
  const bare = figures(rounds, (r) => r.bare);
  const cpu = ours.cpu !== null && bare.cpu !== null ? `; CPU per request ${(ours.cpu / bare.cpu).toFixed(2)}×` : '';
  return [
    `Slack /ingest-review with an inline review, signed, each app in its own process, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s per app (medians):`,
    line('bare Bolt app (Express receiver, ack only)', bare),
    line('bare Bolt app acking the same checklist', figures(rounds, (r) => r.carrying)),
    line('ingest-advisor (review in the ack)', ours),
    `  overhead: ${throughput.toFixed(2)}× the bare app's time per request (throughput ratio), p99 latency ${p99.toFixed(2)}×${cpu} (target ≤ 1.3×)${failed > 0 ? `; ${failed} requests failed` : ''}`,
    `  of which the review itself (next to a bare app sending the same ${(answerBytes / 1024).toFixed(1)} KB answer): ${work.toFixed(2)}×`,
    `  replies posted to response URLs: ${replies} for ${answered} commands (the checklist goes back in the acknowledgement)`,
  ];
}

/**
 * `/ingest-review` with inline input, signed, through the real HTTP stack on loopback: the
 * advisor as `serve` runs it (verification, Bolt, the review and its checklist sent back in
 * the acknowledgement) next to a bare Bolt app that only acknowledges, each in its own
 * process; Slack's side runs in another.
 */
export async function benchSlack(): Promise<string[]> {
  const slack = await startStandIn();
  const dir = scratchDir();
  const started: ServerProcess[] = [];
  const start = async (starting: Promise<ServerProcess>) => {
    const app = await starting;
    started.push(app);
    return app;
  };
  try {
    const ours = await start(startAdvisor(slack.url, dir));
    const bareApp = plainScript(BARE_APP);
    const apps = { bare: await start(startBareBolt(bareApp)), carrying: await start(startBareBolt(bareApp, await ourAnswer(ours.url))), ours };
    const hook = `${slack.url}/hooks/T1/B1/bench`;
    for (const app of Object.values(apps)) await load(app.url, hook);
    const before = await replyCount(slack.url);
    const rounds = await runRounds(apps, hook);
    return report(rounds, (await replyCount(slack.url)) - before);
  } finally {
    await Promise.all(started.map((app) => app.stop()));
    slack.child.kill();
    removeDir(dir);
  }
}
