import { benchAsk } from './ask-bench.js';
import { benchBigFiles } from './big-file-bench.js';
import { benchRegistry } from './registry-bench.js';
import { benchReview } from './review-bench.js';
import { benchSlack } from './slack-bench.js';
import { peakRssMb } from './stats.js';

/** `npm run bench`: every benchmark in one process, figures for the README's performance section. */
const benches: Array<[string, () => Promise<string[]>]> = [
  ['ask', benchAsk],
  ['review', benchReview],
  ['registry', benchRegistry],
  ['files', benchBigFiles],
  ['slack', benchSlack],
];

const only = process.argv[2];
for (const [name, bench] of benches) {
  if (only && only !== name) continue;
  for (const line of await bench()) console.log(line);
  console.log('');
}
console.log(`peak memory (RSS) of the benchmark process: ${peakRssMb()}`);
console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
