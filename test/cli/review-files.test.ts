import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { tempDir } from '../registry/helpers.js';
import { yamlList } from '../support/yaml-list.js';
import { runInProcess } from './run-in-process.js';

/** test/fixtures/review/passing-stream.yaml under another name: a stream that ships. */
const good = (i: number) => ({
  name: `Stream ${i}`,
  connector: 'salesforce-crm',
  sourceSystem: 'salesforce',
  category: 'profile',
  dataShape: 'entity',
  refreshMode: 'incremental',
  primaryKey: ['Id'],
  keyUnique: true,
  schedule: '15min',
  decisionFreshness: 'hourly',
  uses: ['segmentation', 'identity-resolution'],
  fields: 40,
  mappedFields: 32,
  owner: 'crm-platform-team',
  alerting: true,
});
const bad = (i: number) => ({ ...good(i), connector: 's4' });

function file(name: string, text: string | Buffer): { cwd: string; path: string } {
  const cwd = tempDir();
  writeFileSync(join(cwd, name), text);
  return { cwd, path: name };
}

describe('review of a list, as it is read', () => {
  it('writes NDJSON: every line is one JSON object of its own', async () => {
    const { cwd, path } = file('streams.yaml', yamlList(Array.from({ length: 3_000 }, (_, i) => good(i))));
    const { code, stdout } = await runInProcess(['review', '--json', '--file', path], { cwd });
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(3_000);
    expect(lines.map((line) => JSON.parse(line).stream)).toEqual(Array.from({ length: 3_000 }, (_, i) => `Stream ${i}`));
    expect(code).toBe(0);
  });

  it('reviews the good entries of a list with bad ones, then reports the problems and exits 2', async () => {
    const { cwd, path } = file('streams.yaml', yamlList([good(0), bad(1), good(2)]));
    const json = await runInProcess(['review', '--json', '--file', path], { cwd });
    const lines = json.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.stream ?? 'error')).toEqual(['Stream 0', 'Stream 2', 'error']);
    expect(lines[2].error).toMatchObject({ message: '1 of 3 stream descriptions in streams.yaml have problems: [1] "Stream 1".', issues: [{ path: '[1].connector' }] });
    expect(json.code).toBe(2);
    const text = await runInProcess(['review', '--file', path], { cwd });
    expect(text.stdout).toContain('2 streams reviewed: 2 ship.');
    expect(text.stderr).toMatch(/^Error: 1 of 3 stream descriptions .*\n {2}- \[1\]\.connector: connector cannot be "s4"/);
    const junit = await runInProcess(['review', '--format', 'junit', '--file', path], { cwd });
    expect(junit.stdout.match(/<testsuite /g)).toHaveLength(2);
    expect(junit.stdout.endsWith('</testsuites>\n')).toBe(true);
  });

  it('gives at most 25 lines of error for 300,000 bad entries, and "more" in JSON', async () => {
    const { cwd, path } = file('names.yaml', Array.from({ length: 300_000 }, (_, i) => `- Stream ${i}\n`).join(''));
    const text = await runInProcess(['review', '--file', path], { cwd });
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    const lines = text.stderr.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(25);
    expect(lines[0]).toMatch(/^Error: 300,000 of 300,000 stream descriptions in names\.yaml have problems: \[0\] \(no name\), .* and 299,980 more\.$/);
    expect(lines.at(-1)).toBe('  … and 299,980 more');
    const json = await runInProcess(['review', '--json', '--file', path], { cwd });
    const { error } = JSON.parse(json.stdout);
    expect(error.issues).toHaveLength(20);
    expect(error.issues[0]).toEqual({ path: '[0]', message: 'A stream description is a set of key: value pairs (name, connector, category, refreshMode, …); got "Stream 0".' });
    expect(error.more).toBe(299_980);
  });

  it('shows a syntax error at its line in the file, with a caret, after the entries before it', async () => {
    // Large enough that the entries before the error are read (and reviewed) in pieces of their own.
    const text = `${yamlList(Array.from({ length: 200 }, (_, i) => good(i)))}- name: Broken\n  connector: s3: x\n  category: profile\n  refreshMode: upsert\n`;
    const { cwd, path } = file('streams.yaml', text);
    const { code, stdout, stderr } = await runInProcess(['review', '--file', path], { cwd });
    expect(code).toBe(2);
    expect(stdout).toContain('Stream 1: SHIP');
    expect(stderr).toBe('Error: streams.yaml is not valid YAML or JSON at line 3,002, column 16: bad indentation of a mapping entry.\n3002 |   connector: s3: x\n     |                ^\n');
  });

  it('records the reviews of a list, piece by piece', async () => {
    const { cwd, path } = file('streams.yaml', yamlList(Array.from({ length: 600 }, (_, i) => good(i))));
    const env = { INGEST_ADVISOR_DB: 'advisor.db' };
    const { code, stderr } = await runInProcess(['review', '--json', '--file', path, '--record', '--by', 'ana'], { cwd, env });
    expect(code).toBe(0);
    expect(stderr).toBe('Recorded 600 reviews by ana in advisor.db.\n');
    const db = new Database(join(cwd, 'advisor.db'), { readonly: true });
    expect(db.prepare("SELECT count(*) FROM reviews WHERE by = 'ana'").pluck().get()).toBe(600);
    db.close();
  });

  it('does not open (or create) the registry to record a file whose start has nothing to record', async () => {
    const env = { INGEST_ADVISOR_DB: 'advisor.db' };
    const allBad = file('bad.yaml', yamlList([bad(0), bad(1)]));
    expect((await runInProcess(['review', '--file', allBad.path, '--record'], { cwd: allBad.cwd, env })).code).toBe(2);
    const broken = file('broken.yaml', 'name: [unclosed\n');
    expect((await runInProcess(['review', '--file', broken.path, '--record'], { cwd: broken.cwd, env })).code).toBe(2);
    expect(existsSync(join(allBad.cwd, 'advisor.db')) || existsSync(join(broken.cwd, 'advisor.db'))).toBe(false);
  });

  it('refuses a blank --by before it opens (or creates) the registry', async () => {
    const { cwd, path } = file('streams.yaml', yamlList([good(0)]));
    const { code, stdout, stderr } = await runInProcess(['review', '--file', path, '--record', '--by', ' '], { cwd, env: { INGEST_ADVISOR_DB: 'advisor.db' } });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--by is empty');
    expect(existsSync(join(cwd, 'advisor.db'))).toBe(false);
  });
});

describe('review as a process whose reader stops early', () => {
  it('ends quietly with 141, as SIGPIPE would, when standard output is closed (review … | head)', async () => {
    const { cwd, path } = file('streams.yaml', yamlList(Array.from({ length: 2_000 }, (_, i) => good(i))));
    const child = spawn(process.execPath, [join(packageRoot, 'dist/src/cli/main.js'), 'review', '--json', '--file', path], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 141, stderr: '' });
  });
});

describe('input files that are too big or not text', () => {
  it('refuses a file over INGEST_ADVISOR_MAX_FILE_MB before reading it, naming the limit and the setting', async () => {
    const { cwd, path } = file('big.yaml', yamlList(Array.from({ length: 12_000 }, (_, i) => good(i))));
    const { code, stderr } = await runInProcess(['streams', 'import', path], { cwd, env: { INGEST_ADVISOR_MAX_FILE_MB: '1' } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Error: big\.yaml is \d\.\d\d MB, over the 1 MB limit on input files; set INGEST_ADVISOR_MAX_FILE_MB to a larger number of megabytes to read it\. Nothing was imported\.\n$/);
  });

  it('stops reading standard input at the limit', async () => {
    const stdin = yamlList(Array.from({ length: 12_000 }, (_, i) => good(i)));
    const { code, stdout } = await runInProcess(['review', '--json', '--file', '-'], { stdin, env: { INGEST_ADVISOR_MAX_FILE_MB: '1' } });
    expect(code).toBe(2);
    expect(JSON.parse(stdout.trimEnd().split('\n').at(-1)!).error.message).toMatch(/^standard input is more than 1 MB, over the 1 MB limit .*INGEST_ADVISOR_MAX_FILE_MB/);
  });

  it('names a bad INGEST_ADVISOR_MAX_FILE_MB', async () => {
    const { code, stderr } = await runInProcess(['review', '--file', '-'], { stdin: 'x', env: { INGEST_ADVISOR_MAX_FILE_MB: 'lots' } });
    expect(code).toBe(2);
    expect(stderr).toContain('INGEST_ADVISOR_MAX_FILE_MB="lots": must be a whole number from 1 to 500');
  });

  it('refuses bytes that are not UTF-8, and binary text, plainly', async () => {
    const latin1 = file('latin1.yaml', Buffer.from('name: Caf\xe9\n', 'latin1'));
    expect((await runInProcess(['review', '--file', latin1.path], { cwd: latin1.cwd })).stderr).toBe('Error: latin1.yaml is not UTF-8 text (an invalid byte sequence in bytes 1 to 11); save it as UTF-8.\n');
    const binary = file('binary.yaml', Buffer.from([0x2d, 0x20, 0x00, 0x01, 0x02]));
    expect((await runInProcess(['review', '--file', binary.path], { cwd: binary.cwd })).stderr).toMatch(/^Error: binary\.yaml is not valid YAML or JSON at line 1, column 3: null byte is not allowed in input\./);
  });
});
