import type { ChildProcess } from 'node:child_process';
import { exited, killHard, spawnTsx, waitFor, type Exit } from '../../registry/child-process.js';

/** One `serve` instance in a child process (scripts/serve-instance.ts). */
export interface Instance {
  url: string;
  /** Its log lines so far, parsed. */
  log(): Array<Record<string, unknown>>;
  /** SIGTERM: drains and stops. */
  stop(): Promise<Exit>;
  /** kill -9, mid-whatever it is doing. */
  kill(): Promise<Exit>;
}

export async function startInstance(env: Record<string, string>, timings = { leaseMs: 2_000, busyRetryMs: 300 }): Promise<Instance> {
  const child: ChildProcess = spawnTsx('test/adapters/server/scripts/serve-instance.ts', [String(timings.leaseMs), String(timings.busyRetryMs)], env);
  const done = exited(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let ended = false;
  void done.then(() => (ended = true));
  await waitFor(() => ended || stdout.includes('\n'), 60_000, 'the instance to serve');
  if (ended) throw new Error(`the instance did not start: ${stderr}`);
  const log = () =>
    stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    url: (JSON.parse(stdout.split('\n')[0]!) as { url: string }).url,
    log,
    stop: async () => {
      if (!ended) child.kill('SIGTERM');
      return done;
    },
    kill: async () => {
      if (!ended) killHard(child);
      return done;
    },
  };
}
