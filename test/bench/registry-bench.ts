import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runCli } from '../../src/cli/run-cli.js';
import type { CliIo } from '../../src/cli/io.js';
import { loadDigest } from '../../src/digest/load-digest.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { parseStreamDescription } from '../../src/review/schema.js';
import type { StreamDescription } from '../../src/review/stream-description.js';
import { benchStream, buildRegistryFixture } from './registry-fixture.js';
import { yamlList } from '../support/yaml-list.js';

const STREAMS = 100_000;
const REVIEWS = 1_000_000;
const DIGEST_TARGET_MS = 1_000;
const IMPORT_TARGET_MS = 5_000;

/** `npm run bench`: the registry's two targets from issue 4, one report line each (plus set-up). */
export async function benchRegistry(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-advisor-bench-'));
  try {
    return [...benchDigest(join(dir, 'digest.db')), ...(await benchImport(dir))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function benchDigest(file: string): string[] {
  const now = Date.parse('2026-11-25T09:00:00Z');
  const built = time(() => buildRegistryFixture(file, STREAMS, REVIEWS, now));
  const db = openRegistry(file);
  const reviews = db.prepare('SELECT count(*) FROM reviews').pluck().get() as number;
  const runs = [0, 1, 2].map(() => time(() => loadDigest(db, new Date(now), { maxAgeDays: 90, limit: 20, timeZone: 'UTC' })));
  const { report } = loadDigest(db, new Date(now), { maxAgeDays: 90, limit: 20, timeZone: 'UTC' });
  db.close();
  const best = Math.min(...runs);
  return [
    `registry fixture: ${STREAMS.toLocaleString('en')} streams, ${reviews.toLocaleString('en')} reviews written in ${fmt(built)}`,
    `digest (query + model) over ${STREAMS.toLocaleString('en')} streams / ${REVIEWS.toLocaleString('en')} reviews: ${runs.map(fmt).join(', ')} (best ${fmt(best)}; ${report.unchecked.length.toLocaleString('en')} unchecked) — target ≤ ${fmt(DIGEST_TARGET_MS)}: ${verdict(best, DIGEST_TARGET_MS)}`,
  ];
}

async function benchImport(dir: string): Promise<string[]> {
  const lines: string[] = [];
  const streams = Array.from({ length: STREAMS }, (_, index) => benchStream(index + 1));
  for (const [format, text] of [['json', JSON.stringify(streams)], ['yaml', yamlList(streams)]] as const) {
    const file = join(dir, `streams.${format}`);
    writeFileSync(file, text);
    const env = { INGEST_ADVISOR_DB: join(dir, `import-${format}.db`) };
    let code = -1;
    const elapsed = await timeAsync(async () => {
      code = await runCli(['streams', 'import', file], quietIo(env, dir));
    });
    const status = code === 0 ? verdict(elapsed, IMPORT_TARGET_MS) : `FAILED (exit ${code})`;
    lines.push(`streams import of ${STREAMS.toLocaleString('en')} streams from one ${format.toUpperCase()} file (${(text.length / 1e6).toFixed(1)} MB): ${fmt(elapsed)} — target ≤ ${fmt(IMPORT_TARGET_MS)}: ${status}`);
  }
  lines.push(importPhases(JSON.stringify(streams), join(dir, 'phases.db')));
  return lines;
}

/** Where an import's time goes, with the text read by JSON.parse rather than the YAML parser. */
function importPhases(text: string, file: string): string {
  let values: unknown[] = [];
  let parsed: StreamDescription[] = [];
  const parse = time(() => (values = JSON.parse(text) as unknown[]));
  const validate = time(() => (parsed = values.map((value, index) => parseStreamDescription(value, [index]))));
  const db = openRegistry(file);
  const write = time(() => importStreams(db, parsed));
  db.close();
  return `  phases of a JSON import read with JSON.parse: parse ${fmt(parse)}, validate ${fmt(validate)}, registry write ${fmt(write)} (total ${fmt(parse + validate + write)})`;
}

function quietIo(env: Record<string, string>, cwd: string): CliIo {
  const sink = { write: () => true };
  return { stdout: sink, stderr: sink, stdin: (async function* () {})(), env, cwd };
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const verdict = (ms: number, target: number): string => (ms <= target ? 'met' : 'MISSED');
