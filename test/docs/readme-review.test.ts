import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { runInProcess } from '../cli/run-in-process.js';

const README = readFileSync(join(packageRoot, 'README.md'), 'utf8');

/** A command line as a shell would split it: backslash-newlines joined, double quotes kept together. */
function words(command: string): string[] {
  const joined = command.replace(/\\\n\s*/g, ' ');
  return [...joined.matchAll(/(?:[^\s"]+|"[^"]*")+/g)].map((m) => m[0].replace(/"/g, ''));
}

/** Each README example of a review command followed by its output: `sh` block, then `text` block. */
const inline = [...README.matchAll(/```sh\n((?:npx )?ingest-advisor review [^`]*?)\n```\n\n```text\n([^`]*?)```/g)].map((m) => ({ command: m[1]!, output: m[2]! }));

/** The file example: `stream.yaml` shown, then the command, its exit code and its output. */
const file = /`stream\.yaml`:\n\n```yaml\n([^`]*)```\n\n`ingest-advisor (review --file stream\.yaml)` \(exit code (\d)\):\n\n```text\n([^`]*?)```/.exec(README);

describe("the README's review examples are what the command prints", () => {
  it('has the examples this test reads', () => {
    expect(inline.length).toBeGreaterThanOrEqual(2);
    expect(file).not.toBeNull();
  });

  it.each(inline.map((example) => [example.command.split('\n')[0], example] as const))('%s', async (_first, example) => {
    const argv = words(example.command).slice(example.command.startsWith('npx') ? 2 : 1);
    const { stdout, stderr } = await runInProcess(argv);
    expect(stderr).toBe('');
    expect(stdout).toBe(example.output);
  });

  it('the stream.yaml example, with its exit code', async () => {
    const [, yaml, command, code, output] = file!;
    const dir = mkdtempSync(join(tmpdir(), 'readme-review-'));
    writeFileSync(join(dir, 'stream.yaml'), yaml!);
    const run = await runInProcess(command!.split(' '), { cwd: dir });
    expect(run.stdout).toBe(output);
    expect(run.code).toBe(Number(code));
  });

  it('starts with the quick start example, which asks its questions instead of failing', () => {
    const first = inline[0]!;
    expect(first.command).toBe('ingest-advisor review name="Web orders" connector=s3 category=engagement refreshMode=upsert');
    expect(README).toContain(`npx ${first.command}\n`);
    expect(first.output.split('\n')[0]).toBe('Web orders: NEEDS INFO');
    expect(first.output).not.toContain('✖ fail');
  });
});
