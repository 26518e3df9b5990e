import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { runCli } from '../../src/cli/run-cli.js';
import type { CliIo } from '../../src/cli/io.js';
import { loadDigest } from '../../src/digest/load-digest.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import type { RegistryLocation } from '../../src/registry/registry-db.js';
import { parseStreamDescription } from '../../src/review/schema.js';
import type { StreamDescription } from '../../src/review/stream-description.js';
import { registryEnv } from '../support/registry-env.js';
import { startPostgres } from '../support/postgres/embedded-server.js';
import { yamlList } from '../support/yaml-list.js';
import { benchStream, buildRegistryFixture } from './registry-fixture.js';

const STREAMS = 100_000;
const REVIEWS = 1_000_000;
const DIGEST_TARGET_MS = 1_000;
const IMPORT_TARGET_MS = 5_000;

/** Where each run's registries go: new SQLite files, or new databases on one PostgreSQL server. */
interface Engine {
  name: string;
  next(label: string): Promise<RegistryLocation>;
}

/**
 * `npm run bench`: the registry's two targets from issue 4, one report line each (plus set-up), on
 * SQLite and on PostgreSQL: the embedded server the tests use, run durably (fsync on), or the one
 * BENCH_DATABASE_URL names (an administrator's URL: a database is created on it per run).
 */
export async function benchRegistry(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-advisor-bench-'));
  const server = process.env.BENCH_DATABASE_URL ? null : await startPostgres({ durable: true });
  const adminUrl = process.env.BENCH_DATABASE_URL ?? server!.url;
  const engines: Engine[] = [
    { name: 'SQLite', next: async (label) => ({ engine: 'sqlite', file: join(dir, `${label}.db`) }) },
    { name: `PostgreSQL (${server ? 'embedded, fsync on' : 'BENCH_DATABASE_URL'})`, next: (label) => newDatabase(adminUrl, label) },
  ];
  try {
    const lines: string[] = [];
    for (const engine of engines) lines.push(`${engine.name}:`, ...(await benchDigest(engine)), ...(await benchImport(engine, dir)));
    return lines;
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function newDatabase(adminUrl: string, label: string): Promise<RegistryLocation> {
  const name = `bench_${label.replace(/\W/g, '_')}_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { engine: 'postgres', url: url.toString() };
}

async function benchDigest(engine: Engine): Promise<string[]> {
  const now = Date.parse('2026-11-25T09:00:00Z');
  const registry = await openRegistry(await engine.next('digest'));
  try {
    const built = await timeAsync(() => buildRegistryFixture(registry, STREAMS, REVIEWS, now));
    const { n: reviews } = await registry.db.selectFrom('reviews').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const options = { maxAgeDays: 90, limit: 20, timeZone: 'UTC' };
    const runs: number[] = [];
    for (let i = 0; i < 3; i += 1) runs.push(await timeAsync(() => loadDigest(registry.db, new Date(now), options)));
    const { digest } = await loadDigest(registry.db, new Date(now), options);
    const best = Math.min(...runs);
    return [
      `  registry fixture: ${STREAMS.toLocaleString('en')} streams, ${Number(reviews).toLocaleString('en')} reviews written in ${fmt(built)}`,
      `  digest (query + model) over ${STREAMS.toLocaleString('en')} streams / ${REVIEWS.toLocaleString('en')} reviews: ${runs.map(fmt).join(', ')} (best ${fmt(best)}; ${digest.unchecked.toLocaleString('en')} unchecked) — target ≤ ${fmt(DIGEST_TARGET_MS)}: ${verdict(best, DIGEST_TARGET_MS)}`,
    ];
  } finally {
    await registry.close();
  }
}

async function benchImport(engine: Engine, dir: string): Promise<string[]> {
  const lines: string[] = [];
  const streams = Array.from({ length: STREAMS }, (_, index) => benchStream(index + 1));
  for (const [format, text] of [['json', JSON.stringify(streams)], ['yaml', yamlList(streams)]] as const) {
    const file = join(dir, `streams.${format}`);
    writeFileSync(file, text);
    const location = await engine.next(`import_${format}`);
    let code = -1;
    const elapsed = await timeAsync(async () => {
      code = await runCli(['streams', 'import', file], quietIo(registryEnv(location), dir));
    });
    const status = code === 0 ? verdict(elapsed, IMPORT_TARGET_MS) : `FAILED (exit ${code})`;
    lines.push(`  streams import of ${STREAMS.toLocaleString('en')} streams from one ${format.toUpperCase()} file (${(text.length / 1e6).toFixed(1)} MB): ${fmt(elapsed)} — target ≤ ${fmt(IMPORT_TARGET_MS)}: ${status}`);
  }
  lines.push(await importPhases(JSON.stringify(streams), await engine.next('phases')));
  return lines;
}

/** Where an import's time goes, with the text read by JSON.parse rather than the YAML parser. */
async function importPhases(text: string, location: RegistryLocation): Promise<string> {
  let values: unknown[] = [];
  let parsed: StreamDescription[] = [];
  const parse = time(() => (values = JSON.parse(text) as unknown[]));
  const validate = time(() => (parsed = values.map((value, index) => parseStreamDescription(value, [index]))));
  const registry = await openRegistry(location);
  const write = await timeAsync(() => importStreams(registry.db, parsed));
  await registry.close();
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
