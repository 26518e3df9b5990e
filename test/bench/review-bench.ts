import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';
import { reviewStream } from '../../src/review/engine.js';
import { readStreams } from '../../src/review/input/read-streams.js';
import { chunksOf } from '../support/stream-text.js';
import { yamlList } from '../support/yaml-list.js';
import { CONNECTORS, DATA_SHAPES, DECISION_FRESHNESS, DELETE_STORIES, REFRESH_MODES, SCHEDULES, USES } from '../../src/review/stream-description.js';

const STREAMS = 10_000;
const TARGET_MS = 1_000;

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;

/** Stream `i` of the fixture: every connector, mode, schedule and shape, with keys sometimes left out. */
export function benchStream(i: number): Record<string, unknown> {
  const stream: Record<string, unknown> = {
    name: `Stream ${i}`,
    connector: pick(CONNECTORS, i),
    category: pick(['profile', 'engagement', 'other'], i >> 1),
    refreshMode: pick(REFRESH_MODES, i >> 2),
    dataShape: pick(DATA_SHAPES, i >> 3),
    primaryKey: i % 5 === 0 ? ['customer_id'] : ['record_id', 'line_no'],
    schedule: pick(SCHEDULES, i >> 4),
    decisionFreshness: pick(DECISION_FRESHNESS, i >> 5),
    sourceRows: (i * 7_919) % 900_000_000,
    changedRowsPerRun: (i * 104_729) % 2_000_000,
    deletes: pick(DELETE_STORIES, i >> 6),
    uses: [pick(USES, i), pick(USES, i >> 2)],
    fields: 20 + (i % 200),
    mappedFields: 10 + (i % 150),
    owner: `team-${i % 40}`,
    alerting: i % 3 !== 0,
  };
  if (i % 7 === 0) delete stream.dataShape;
  if (i % 11 === 0) delete stream.decisionFreshness;
  if (stream.category === 'engagement' && i % 4 !== 0) stream.eventTimeField = 'happened_at';
  if (stream.connector === 'ingestion-api') Object.assign(stream, { apiPattern: pick(['streaming', 'bulk'], i), schemaDefined: i % 2 === 0, sourceSystem: pick(['sap', 'salesforce'], i) });
  return stream;
}

async function time(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function timeCli(file: string): Promise<{ ms: number; code: number }> {
  const start = performance.now();
  const code = await runCli(['review', '--json', '--file', file], {
    stdout: { write: () => true },
    stderr: { write: (text: string) => process.stderr.write(text) },
    stdin: Readable.from([]),
    env: {},
    cwd: process.cwd(),
  });
  return { ms: performance.now() - start, code };
}

const fmt = (ms: number): string => `${Math.round(ms)} ms`;

/** `npm run bench`: issue 3's target, 10,000 streams from one YAML file reviewed in under a second. */
export async function benchReview(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-review-bench-'));
  try {
    const file = join(dir, 'streams.yaml');
    writeFileSync(file, yamlList(Array.from({ length: STREAMS }, (_, i) => benchStream(i))));
    let verdicts = new Map<string, number>();
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      runs.push(
        await time(async () => {
          verdicts = new Map();
          for await (const batch of readStreams(chunksOf(readFileSync(file, 'utf8')), file)) {
            for (const stream of batch.streams) {
              const { verdict } = reviewStream(stream);
              verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
            }
          }
        }),
      );
    }
    const cli = await timeCli(file);
    const best = Math.min(...runs);
    const mix = [...verdicts].map(([verdict, n]) => `${n.toLocaleString('en')} ${verdict}`).join(', ');
    return [
      `review: read + parse + review of ${STREAMS.toLocaleString('en')} streams from one YAML file: ${runs.map(fmt).join(', ')} (best ${fmt(best)}; ${mix}) — target < ${fmt(TARGET_MS)}: ${best < TARGET_MS ? 'met' : 'MISSED'}`,
      `review: the same through \`review --json --file\` in-process, JSON output included: ${fmt(cli.ms)} (exit ${cli.code}; load average ${loadavg()[0]!.toFixed(1)} when measured)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
