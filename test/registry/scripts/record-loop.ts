/**
 * A child process for the durability tests: runs `ingest-advisor review … --record` `count`
 * times in one process (the real command, without a process start per review), cycling over
 * `streams` streams whose description changes every time, and prints one line after each
 * recorded review. The registry is the one its environment names (DATABASE_URL or
 * INGEST_ADVISOR_DB). Usage: record-loop.ts PREFIX COUNT STREAMS
 */
import { Readable } from 'node:stream';
import { runCli } from '../../../src/cli/run-cli.js';

const [prefix, countText, streamsText] = process.argv.slice(2);
const count = Number(countText);
const streams = Number(streamsText);
const quiet = { write: () => true };
for (let i = 0; i < count; i += 1) {
  const args = ['review', `name=${prefix} ${i % streams}`, 'connector=s3', 'category=profile', 'refreshMode=upsert', `sourceRows=${i}`, `owner=${prefix}`];
  const code = await runCli([...args, '--record', '--by', `${prefix}-${i}`, '--json'], { stdout: quiet, stderr: quiet, stdin: Readable.from([]), env: process.env, cwd: process.cwd() });
  if (code === 2 || code === 70) throw new Error(`review --record exited ${code}`);
  process.stdout.write(`recorded ${i + 1}\n`);
}
