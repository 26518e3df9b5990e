import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { withAdapters } from '../../adapters/commands.js';
import { startServe, type RunningServe } from '../../adapters/server/start-serve.js';
import { loadAdvisor } from '../../src/answer/load-advisor.js';
import type { Advisor } from '../../src/answer/advisor.js';
import { coreCommands } from '../../src/cli/commands/index.js';
import { runCli } from '../../src/cli/run-cli.js';
import type { Env } from '../../src/config/load-env.js';
import { packageRoot } from '../../src/paths.js';
import { launchBrowser, type LaunchedBrowser } from './browser.js';
import { ChatPage } from './chat-page.js';
import { startPlayground, type PlaygroundProcess } from './playground-process.js';

export interface PlaygroundSession {
  chat: ChatPage;
  advisor: Advisor;
  /** `ingest-advisor digest --post` against the session's registry. */
  postDigest(): Promise<void>;
  close(): Promise<void>;
}

/** The registry's streams: the five of the import example, none reviewed yet. */
const STREAMS = join(packageRoot, 'test/fixtures/registry/five-streams.yaml');

async function cli(argv: string[], env: Env, cwd: string): Promise<void> {
  let output = '';
  const io = { stdout: { write: (t: string) => (output += t) }, stderr: { write: (t: string) => (output += t) }, stdin: Readable.from([]), env, cwd };
  const code = await runCli(argv, io, withAdapters(coreCommands));
  if (code !== 0) throw new Error(`ingest-advisor ${argv.join(' ')} exited ${code}:\n${output}`);
}

/**
 * Everything the Playground tour needs, on this machine only: a scratch registry holding five
 * streams, the real `serve` (Teams in local mode, the real knowledge base) on a loopback port,
 * the Agents Playground pointed at it, and a headless browser showing the Playground.
 */
export async function startSession(browserPath: string): Promise<PlaygroundSession> {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-advisor-playground-'));
  const env: Env = { INGEST_ADVISOR_DB: join(dir, 'advisor.db'), PORT: '0', HOST: '127.0.0.1', DIGEST_CRON: '0 0 1 1 *', DIGEST_TZ: 'UTC', LOG_LEVEL: 'error' };
  const stack: Array<() => Promise<void>> = [async () => rmSync(dir, { recursive: true, force: true })];
  const close = async () => {
    for (const stop of stack.splice(0).reverse()) await stop();
  };
  try {
    await cli(['streams', 'import', STREAMS], env, dir);
    const advisor = await loadAdvisor(env);
    const serve: RunningServe = await startServe({ env, cwd: dir });
    stack.push(() => serve.stop());
    const playground: PlaygroundProcess = await startPlayground(`${serve.url}/api/messages`, dir);
    stack.push(() => playground.stop());
    const browser: LaunchedBrowser = await launchBrowser(browserPath);
    stack.push(() => browser.close());
    const chat = new ChatPage(browser.context.pages()[0] ?? (await browser.context.newPage()));
    await chat.open(playground.url);
    return { chat, advisor, postDigest: () => cli(['digest', '--post'], env, dir), close };
  } catch (error) {
    await close();
    throw error;
  }
}
