import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { runInProcess } from './run-in-process.js';

const run = promisify(execFile);
const jsonKeys = ['question', 'band', 'confident', 'answer', 'sources'];
const sourceKeys = ['doc', 'section', 'title', 'heading', 'score'];

describe('ingest-advisor ask', () => {
  it('answers the deletes question from refresh-modes or the upsert gotcha, with sources', async () => {
    const { code, stdout } = await runInProcess(['ask', '--json', 'what does upsert do with deleted records?']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(jsonKeys);
    expect(result).toMatchObject({ band: 'answer', confident: true });
    const top = `${result.sources[0].doc}#${result.sources[0].section}`;
    expect(top === 'gotchas#upsert-keeps-deletes' || result.sources[0].doc === 'refresh-modes').toBe(true);
    for (const s of result.sources) {
      expect(Object.keys(s)).toEqual(sourceKeys);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    const scores = result.sources.map((s: { score: number }) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('prints the answer, then its sources, in the terminal', async () => {
    const { code, stdout } = await runInProcess(['ask', 'full', 'refresh', 'cost']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n\nSources:\n {2}- .+ › .+ \(gotchas#full-refresh-cost\)/);
  });

  it('says plainly that it does not know an off-topic question', async () => {
    const { stdout } = await runInProcess(['ask', '--json', "what's the weather in Paris tomorrow?"]);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ band: 'unknown', confident: false });
    expect(result.answer).toBe("I don't know that one: nothing in the ingestion knowledge base answers it well enough.");
  });

  it('links sources when DOCS_BASE_URL is set', async () => {
    const { stdout } = await runInProcess(['ask', '--json', 'upsert deletes'], { env: { DOCS_BASE_URL: 'https://wiki.example.com/advisor/' } });
    const source = JSON.parse(stdout).sources[0];
    expect(source.url).toBe(`https://wiki.example.com/advisor/${source.doc}#${source.section}`);
  });

  it('answers one JSON line per non-blank input line, in order', async () => {
    const { code, stdout } = await runInProcess(['ask', '--stdin', '--json'], { stdin: 'upsert deletes\n\n  \nweather tomorrow\ndlo bloat\n' });
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(['upsert deletes', 'weather tomorrow', 'dlo bloat']);
  });

  it('exits 2 with the usage for bad input', async () => {
    expect((await runInProcess(['ask'])).code).toBe(2);
    const both = await runInProcess(['ask', '--stdin', 'question']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
    const unknown = await runInProcess(['ask', '--jsn', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown option --jsn (did you mean --json?).');
    expect(unknown.stderr).not.toMatch(/at .+\.ts:\d+/);
  });

  it('exits 2 naming the variable for a bad DOCS_BASE_URL', async () => {
    const { code, stderr } = await runInProcess(['ask', 'x'], { env: { DOCS_BASE_URL: 'not a url' } });
    expect(code).toBe(2);
    expect(stderr).toContain('DOCS_BASE_URL');
  });

  it('runs as a real process and answers 1,000 questions in one run', async () => {
    const questions = Array.from({ length: 1000 }, (_, i) => ['upsert deletes', 'dlo bloat?', 'weather', 'full refresh credits', `question ${i}`][i % 5]).join('\n');
    const child = spawn('node', [join(packageRoot, 'node_modules/tsx/dist/cli.mjs'), join(packageRoot, 'src/cli/main.ts'), 'ask', '--stdin', '--json']);
    const output = new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
    });
    child.stdin!.end(questions);
    const lines = (await output).trim().split('\n');
    expect(lines).toHaveLength(1000);
    for (const line of lines) expect(Object.keys(JSON.parse(line))).toEqual(jsonKeys);
  });

  it('shows help without a stack trace', async () => {
    const { stdout } = await run('node', [join(packageRoot, 'node_modules/tsx/dist/cli.mjs'), join(packageRoot, 'src/cli/main.ts'), 'help', 'ask']);
    expect(stdout).toContain('ingest-advisor ask --stdin');
  });
});
