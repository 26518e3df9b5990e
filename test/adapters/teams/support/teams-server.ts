import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Env } from '../../../../src/config/load-env.js';
import { startServe, type RunningServe } from '../../../../adapters/server/start-serve.js';
import { afterAll, beforeAll } from 'vitest';
import { CapturedLog } from '../../support/test-server.js';
import { FakeConnector } from './fake-connector.js';

export interface TeamsServer {
  running: RunningServe;
  url: string;
  log: CapturedLog;
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'ingest-advisor-teams-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The real `serve` on a random loopback port; no Slack, Teams in local mode unless `env` says otherwise. */
export async function startTeamsServer(dir: string, env: Env = {}): Promise<TeamsServer> {
  const log = new CapturedLog();
  const running = await startServe({
    env: { INGEST_ADVISOR_DB: join(dir, 'advisor.db'), PORT: '0', HOST: '127.0.0.1', DIGEST_CRON: '0 0 1 1 *', ...env },
    cwd: dir,
    logger: log.logger,
    graceMs: 2_000,
  });
  return { running, url: running.url, log };
}

export interface Answer {
  status: number;
  body: Record<string, unknown> | null;
}

/** POSTs to /api/messages: an activity (serialised here) or a raw string body. */
export async function post(url: string, body: Record<string, unknown> | string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
  } catch {
    return { status: response.status, body: null };
  }
}

export interface TeamsFixture {
  connector: FakeConnector;
  server: TeamsServer;
  dir: string;
}

/** A test file's stand-in Bot Connector and real `serve`: started before its tests, stopped after. */
export function useTeamsServer(): TeamsFixture {
  const fixture = {} as TeamsFixture;
  beforeAll(async () => {
    fixture.connector = await new FakeConnector().start();
    fixture.dir = scratchDir();
    fixture.server = await startTeamsServer(fixture.dir);
  });
  afterAll(async () => {
    await fixture.server.running.stop();
    await fixture.connector.stop();
    removeDir(fixture.dir);
  });
  return fixture;
}
