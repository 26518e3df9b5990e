import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../../src/paths.js';

export interface CliProcessRun {
  code: number | null;
  ms: number;
  peakRssMb: number;
  /** CPU time (user + system) of the command: moves less than wall time with the machine's load. */
  cpuMs: number;
  /** Standard error without the peak-memory line. */
  stderr: string;
}

const PEAK = /\npeak-rss-kb=(\d+) cpu-us=(\d+)\n$/;

/**
 * Runs the built `ingest-advisor` (as its bin runs it) in a process of its own, its output
 * thrown away, and measures the whole run: wall time, CPU time and peak resident memory.
 */
export async function runBuiltCli(args: string[], env: Record<string, string> = {}): Promise<CliProcessRun> {
  const main = join(packageRoot, 'dist/src/cli/main.js');
  const preload = join(packageRoot, 'test/bench/peak-rss.mjs');
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', preload, main, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const ms = performance.now() - start;
  const peak = PEAK.exec(stderr);
  return { code, ms, peakRssMb: peak ? Number(peak[1]) / 1024 : Number.NaN, cpuMs: peak ? Number(peak[2]) / 1000 : Number.NaN, stderr: stderr.replace(PEAK, '') };
}
