/**
 * A child process for the durability tests: records `count` reviews into the registry at
 * `file`, cycling over `streams` streams whose description changes with every review, and
 * prints one line after each commit. Usage: record-loop.ts FILE PREFIX COUNT STREAMS
 */
import { openRegistry } from '../../../src/registry/open-registry.js';
import { recordReview } from '../../../src/registry/record-review.js';
import type { ReviewResult } from '../../../src/review/types.js';

const [file, prefix, countText, streamsText] = process.argv.slice(2);
const count = Number(countText);
const streams = Number(streamsText);
const db = openRegistry(file!);
for (let i = 0; i < count; i += 1) {
  const name = `${prefix} ${i % streams}`;
  const description = { name, connector: 's3', category: 'profile', refreshMode: 'upsert', sourceRows: i, owner: prefix! };
  const result: ReviewResult = { stream: name, verdict: i % 3 === 0 ? 'do-not-ship' : 'ship', rules: [], reminders: [] };
  recordReview(db, description, result, { by: `${prefix}-${i}`, via: 'cli' });
  process.stdout.write(`recorded ${i + 1}\n`);
}
db.close();
