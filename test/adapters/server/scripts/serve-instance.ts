/**
 * `serve` as one of several instances, in a process of its own: configured by its environment
 * (DATABASE_URL, the Slack settings), it prints `{"url": …}` once it serves and logs JSON lines on
 * standard error. Short timings, so a test sees a dead instance's claim run out in seconds:
 * a digest claim's lease, and the wait when another instance holds the schedule lock.
 * Usage: serve-instance.ts LEASE_MS BUSY_RETRY_MS
 */
import { startServe } from '../../../../adapters/server/start-serve.js';

const [leaseMs, busyRetryMs] = process.argv.slice(2).map(Number);
const running = await startServe({ env: process.env, cwd: process.cwd(), graceMs: 1_000, timings: { digestLeaseMs: leaseMs, scheduleBusyRetryMs: busyRetryMs } });
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
process.once('SIGTERM', () => {
  void running.stop().then(() => process.exit(0));
});
