import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAdapters } from '../../../adapters/commands.js';
import { coreCommands } from '../../../src/cli/commands/index.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { packageRoot } from '../../../src/paths.js';
import type { FakeSlack } from '../support/fake-slack.js';
import { eventRequest, mention, sendSigned } from '../support/signed.js';
import { removeDir, scratchDir, slackEnv, startFake } from '../support/test-server.js';

let fake: FakeSlack;
let dir: string;

beforeAll(async () => {
  fake = await startFake();
  dir = scratchDir();
});

afterAll(async () => {
  await fake.stop();
  removeDir(dir);
});

async function cli(args: string[], env: Record<string, string | undefined>) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, stdin: Readable.from([]), env, cwd: dir };
  const code = await runCli(args, io, withAdapters(coreCommands));
  return { code, stdout, stderr };
}

describe('ingest-advisor serve', () => {
  it('is listed by help next to the core commands', async () => {
    const { stdout } = await cli(['help'], {});
    expect(stdout).toMatch(/serve\s+run the Slack and Teams bot/);
    expect(stdout).toMatch(/gaps\s+questions asked in chat/);
  });

  it('exits 2 naming a malformed variable, before starting anything', async () => {
    const { code, stderr } = await cli(['serve'], { PORT: 'eighty', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/PORT/);
  });

  it('exits 2 naming SLACK_BOT_TOKEN when Slack refuses it', async () => {
    fake.script('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    const { code, stderr } = await cli(['serve'], { ...slackEnv(fake, join(dir, 'refused.db')), LOG_LEVEL: 'silent' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/SLACK_BOT_TOKEN: Slack refused it \(invalid_auth\)/);
  });

  it('exits 2 naming SLACK_APP_TOKEN when Slack refuses it for Socket Mode', async () => {
    fake.script('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
    const { code, stderr } = await cli(['serve'], { ...slackEnv(fake, join(dir, 'socket.db')), SLACK_APP_TOKEN: 'xapp-1-A-x', LOG_LEVEL: 'silent' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/SLACK_APP_TOKEN: Slack refused it for Socket Mode \(invalid_auth\)/);
  });

  it('serves /healthz once ready, answers Slack, and on SIGTERM finishes the answer in progress and exits 0', async () => {
    const env = { ...process.env, ...slackEnv(fake, join(dir, 'advisor.db')), LOG_LEVEL: 'warn' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { cwd: packageRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 20_000);
      child.stdout.on('data', () => {
        const match = /serving on (http:\/\/[\d.:]+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const report = (await health.json()) as { teams?: string };
    expect(report).toMatchObject({ status: 'ready', slack: 'http' });
    // No MicrosoftAppId, and the test server listens on 127.0.0.1: Teams runs in local mode.
    expect(report.teams).toBe('local');

    fake.reset();
    fake.script('chat.postMessage', { delayMs: 500 });
    const answering = sendSigned(url, eventRequest(mention('what is a DMO?'), 'EvDrain1'));
    await fake.waitFor('chat.postMessage');
    child.kill('SIGTERM');
    expect((await answering).status).toBe(200);
    expect(await exited).toBe(0);
    expect(output).toMatch(/Received SIGTERM/);
  }, 40_000);
});
