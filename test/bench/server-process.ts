import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A server of a benchmark in a process of its own, as in production: no heap or JIT shared with the others. */
export interface ServerProcess {
  url: string;
  /** CPU time (user + system, all threads) the process has used, in microseconds; null where /proc is missing. */
  cpuMicros(): number | null;
  stop(): Promise<void>;
}

const LISTENING = /http:\/\/127\.0\.0\.1:(\d+)/;

/**
 * Starts `node <script> <args>` (plain JavaScript, as in production: no loader in the process)
 * and waits for it to print the loopback URL it listens on.
 */
export async function startServerProcess(args: string[], env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    let listening = false;
    // Read to the end either way: a child whose pipe fills up would block on its next log line.
    const read = (chunk: Buffer) => {
      if (listening) return;
      output += chunk.toString();
      const match = LISTENING.exec(output);
      listening = match !== null;
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before listening:\n${output}`)));
  });
  return { url, cpuMicros: () => cpuMicros(child), stop: () => stop(child) };
}

/** utime + stime of /proc/<pid>/stat, in clock ticks of 10 ms. */
function cpuMicros(child: ChildProcess): number | null {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return null;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
