import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { yamlEntry } from '../support/yaml-list.js';
import { runBuiltCli, type CliProcessRun } from './cli-process.js';
import { benchStream } from './review-bench.js';

const STREAMS = 300_000;
const TARGET_MS = 15_000;
const TARGET_MB = 300;
const HOSTILE_TARGET_MS = 5_000;
const MAX_ERROR_LINES = 25;

/** Writes a large file a slice of entries at a time, never holding it whole. */
function writeFile(file: string, parts: Iterable<string>): string {
  const fd = openSync(file, 'w');
  try {
    let pending = '';
    for (const part of parts) {
      pending += part;
      if (pending.length < 1 << 20) continue;
      writeSync(fd, pending);
      pending = '';
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
  return file;
}

function* yamlStreams(count: number, entry: (i: number) => Record<string, unknown>): Generator<string> {
  for (let i = 0; i < count; i++) yield yamlEntry(entry(i));
}

function* jsonStreams(count: number): Generator<string> {
  yield '[\n';
  for (let i = 0; i < count; i++) yield `${i === 0 ? '' : ',\n'}  ${JSON.stringify(benchStream(i), null, 2).replace(/\n/g, '\n  ')}`;
  yield '\n]\n';
}

function* flowList(bytes: number): Generator<string> {
  yield '[';
  for (let i = 0, written = 0; written < bytes; i++, written += 8) yield `${i === 0 ? '' : ', '}w${String(i % 100_000).padStart(5, '0')}`;
  yield ']\n';
}

/** Nine levels of nine aliases: about 387 million strings if anything wrote them out. */
function aliasBomb(): string {
  const levels = ['  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (const [i, level] of [...'bcdefghi'].entries()) levels.push(`  ${level}: &${level} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`);
  return `- name: Bomb\n  connector: s3\n  category: profile\n  refreshMode: upsert\n  owner:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const size = (file: string): string => `${(statSync(file).size / 1e6).toFixed(0)} MB`;
const met = (ok: boolean): string => (ok ? 'met' : 'MISSED');

function scale(what: string, run: CliProcessRun, expectedCode: number): string {
  const ok = run.code === expectedCode && run.ms <= TARGET_MS && run.peakRssMb <= TARGET_MB;
  return `${what}: ${seconds(run.ms)} (CPU ${seconds(run.cpuMs)}), peak ${run.peakRssMb.toFixed(0)} MB (exit ${run.code}) — targets ≤ ${seconds(TARGET_MS)}, ≤ ${TARGET_MB} MB: ${met(ok)}`;
}

/** A hostile input is parsed or refused in time: any answer but a crash (exit 70) or a kill. */
function hostile(what: string, run: CliProcessRun): string {
  const said = run.code === 2 ? ` ("${run.stderr.split('\n')[0]!.slice(0, 110)}…")` : '';
  const answered = run.code === 0 || run.code === 1 || run.code === 2;
  return `${what}: ${seconds(run.ms)} (CPU ${seconds(run.cpuMs)}), peak ${run.peakRssMb.toFixed(0)} MB, exit ${run.code}${said} — target ≤ ${seconds(HOSTILE_TARGET_MS)}: ${met(run.ms <= HOSTILE_TARGET_MS && answered)}`;
}

/**
 * `npm run bench -- files`: issue 18's targets, each through the built command in a process of
 * its own (so its peak memory is its own): a list of 300,000 streams reviewed (`--json`,
 * NDJSON to /dev/null) and imported, in YAML and in JSON; 300,000 bad entries; a 10 MB flow
 * list on one line; an entry with a 10 MB line; an alias bomb.
 */
export async function benchBigFiles(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-files-bench-'));
  try {
    const yaml = writeFile(join(dir, 'streams.yaml'), yamlStreams(STREAMS, benchStream));
    const json = writeFile(join(dir, 'streams.json'), jsonStreams(STREAMS));
    const lines = [`files: ${STREAMS.toLocaleString('en')} streams as YAML (${size(yaml)}) and indented JSON (${size(json)}); load average ${loadavg()[0]!.toFixed(1)} at the start`];
    for (const [format, file] of [['YAML', yaml], ['JSON', json]] as const) {
      lines.push(scale(`  review --json, ${format}`, await runBuiltCli(['review', '--json', '--file', file]), 1));
      lines.push(scale(`  streams import, ${format}`, await runBuiltCli(['streams', 'import', file], { INGEST_ADVISOR_DB: join(dir, `${format}.db`) }), 0));
    }
    const bad = writeFile(join(dir, 'bad.yaml'), yamlStreams(STREAMS, (i) => ({ ...benchStream(i), connector: 's4' })));
    const badRun = await runBuiltCli(['review', '--file', bad]);
    const errorLines = badRun.stderr.trimEnd().split('\n').length;
    lines.push(`  review of ${STREAMS.toLocaleString('en')} bad entries (${size(bad)}): ${seconds(badRun.ms)} (CPU ${seconds(badRun.cpuMs)}), peak ${badRun.peakRssMb.toFixed(0)} MB, ${errorLines} lines (${badRun.stderr.length.toLocaleString('en')} bytes) of error, exit ${badRun.code} — target ≤ ${MAX_ERROR_LINES} lines: ${met(errorLines <= MAX_ERROR_LINES && badRun.code === 2)}`);
    lines.push(hostile(`  review of a 10 MB flow list on one line (${size(writeFile(join(dir, 'flow.yaml'), flowList(10_000_000)))})`, await runBuiltCli(['review', '--file', join(dir, 'flow.yaml')])));
    const longLine = writeFile(join(dir, 'line.yaml'), [`- name: ${'x'.repeat(10_000_000)}\n  connector: s3\n  category: profile\n  refreshMode: upsert\n`]);
    lines.push(hostile(`  review of an entry with a 10 MB line (${size(longLine)})`, await runBuiltCli(['review', '--file', longLine])));
    lines.push(hostile('  review of an alias bomb (9 levels of 9)', await runBuiltCli(['review', '--file', writeFile(join(dir, 'bomb.yaml'), [aliasBomb()])])));
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
