import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface PlaygroundProcess {
  /** The Playground's web page, on the loopback address. */
  url: string;
  stop(): Promise<void>;
}

const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
const loopbackOnly = new URL('./loopback-only.mjs', import.meta.url).href;

/** A port free on the loopback address now (the Playground needs it on its command line). */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

function waitForListening(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the Agents Playground did not start within 30 s:\n${output}`)), 30_000);
    const done = (error?: Error) => {
      clearTimeout(timer);
      // From here on its output is not read, only drained: the Playground logs to its file too.
      for (const stream of [child.stdout, child.stderr]) stream?.removeAllListeners('data').resume();
      return error ? reject(error) : resolve();
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const listening = /Listening on (\d+)/.exec(output);
      if (!listening) return;
      done(Number(listening[1]) === port ? undefined : new Error(`the Agents Playground took port ${listening[1]}, not ${port}; run again`));
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => done(new Error(`the Agents Playground exited (${code}) before listening:\n${output}`)));
  });
}

/**
 * The Agents Playground, pointed at the advisor's `/api/messages`, with its mocked Bot Connector
 * on the loopback address, its log in `dir`, no telemetry, and no browser of its own.
 */
export async function startPlayground(messagesUrl: string, dir: string): Promise<PlaygroundProcess> {
  const port = await freePort();
  const args = ['--import', loopbackOnly, cli, '-e', messagesUrl, '-c', 'msteams', '--disable-telemetry', '-p', String(port), '--service-url', `http://127.0.0.1:${port}/_connector`];
  const env = { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: join(dir, 'playground.log') };
  const child = spawn(process.execPath, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  try {
    await waitForListening(child, port);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/`, stop };
}
