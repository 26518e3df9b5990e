import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Env } from '../../../src/config/load-env.js';
import type { Logger } from '../../../src/logging/logger.js';
import { startServe, type RunningServe } from '../../../adapters/server/start-serve.js';
import { FakeSlack } from './fake-slack.js';
import { SIGNING_SECRET } from './signed.js';

/** Log lines captured as parsed JSON, to assert on what the server told its operator. */
export class CapturedLog {
  readonly lines: Array<Record<string, unknown>> = [];
  readonly logger: Logger = pino(
    { level: 'info' },
    new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  );

  messages(): string[] {
    return this.lines.map((line) => String(line.msg));
  }
}

export interface TestServer {
  running: RunningServe;
  url: string;
  log: CapturedLog;
  dir: string;
  db: string;
}

/** A folder for a test's registry, removed by `cleanUp`. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'ingest-advisor-slack-'));
}

export function slackEnv(fake: FakeSlack, db: string, extra: Env = {}): Env {
  return {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    INGEST_ADVISOR_DB: db,
    PORT: '0',
    HOST: '127.0.0.1',
    // A schedule whose time today has passed would post at start-up; tests that want it set it.
    DIGEST_CRON: '0 0 1 1 *',
    ...extra,
  };
}

/** The real `serve` on a random loopback port, talking to the stand-in Slack. */
export async function startTestServer(fake: FakeSlack, options: { dir?: string; env?: Env; graceMs?: number } = {}): Promise<TestServer> {
  const dir = options.dir ?? scratchDir();
  const db = join(dir, 'advisor.db');
  const log = new CapturedLog();
  const running = await startServe({ env: slackEnv(fake, db, options.env), cwd: dir, logger: log.logger, graceMs: options.graceMs ?? 2_000 });
  return { running, url: running.url, log, dir, db };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function startFake(): Promise<FakeSlack> {
  return new FakeSlack().start();
}

export interface SlackFixture {
  fake: FakeSlack;
  server: TestServer;
}

/** A test file's stand-in Slack Web API and real `serve`: started before its tests, reset before each, stopped after. */
export function useSlackServer(): SlackFixture {
  const fixture = {} as SlackFixture;
  beforeAll(async () => {
    fixture.fake = await startFake();
    fixture.server = await startTestServer(fixture.fake);
  });
  afterAll(async () => {
    await fixture.server.running.stop();
    await fixture.fake.stop();
    removeDir(fixture.server.dir);
  });
  beforeEach(() => fixture.fake.reset());
  return fixture;
}
