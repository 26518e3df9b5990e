import { performance } from 'node:perf_hooks';

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Times `fn` once per input, `rounds` times over; returns p50 and p99 in milliseconds. */
export function latency<T>(inputs: readonly T[], rounds: number, fn: (input: T) => unknown): { p50: number; p99: number; count: number } {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = performance.now();
      fn(input);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), count: times.length };
}

export function timed<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

export const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

/** Peak resident memory of this process so far. */
export function peakRssMb(): string {
  return `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
}
