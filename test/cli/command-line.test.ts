import { describe, expect, it } from 'vitest';
import { runInProcess } from './run-in-process.js';

describe('a mistyped command line', () => {
  it.each([
    ['gapz', 'gaps'],
    ['strems', 'streams'],
    ['reveiw', 'review'],
    ['hlep', 'help'],
  ])('suggests the command meant for %s, then lists the commands', async (typed, meant) => {
    const { code, stdout, stderr } = await runInProcess([typed]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`Unknown command "${typed}" (did you mean ${meant}?).`);
    expect(stderr).toContain('Commands:');
  });

  it('names an unknown command without a guess when nothing is close', async () => {
    expect((await runInProcess(['xyzzy'])).stderr.split('\n')[0]).toBe('Unknown command "xyzzy".');
  });

  it.each([
    [['ask', '--jsn', 'x'], 'Unknown option --jsn (did you mean --json?).'],
    [['ask', '-json', 'x'], 'Unknown option -json (did you mean --json?).'],
    [['ask', '--stdn'], 'Unknown option --stdn (did you mean --stdin?).'],
    [['review', '--polcy', 'p.yaml', 'name=x'], 'Unknown option --polcy (did you mean --policy?).'],
    [['review', '--failon', 'needs-info'], 'Unknown option --failon (did you mean --fail-on?).'],
    [['digest', '--jsno'], 'Unknown option --jsno (did you mean --json?).'],
    [['gaps', '--limt', '3'], 'Unknown option --limt (did you mean --limit?).'],
    [['streams', 'list', '--josn'], 'Unknown option --josn (did you mean --json?).'],
    [['review', '--nope'], 'Unknown option --nope.'],
    [['review', '--file'], '--file needs a value.'],
    [['ask', '--json=yes', 'x'], '--json takes no value; write --json alone.'],
  ])('says what is wrong with %o in its own words, then the usage', async (argv, first) => {
    const { code, stderr } = await runInProcess(argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`Error: ${first}`);
    expect(stderr).toContain('Usage:');
    // Node's own parser wording is not shown.
    expect(stderr).not.toContain('To specify a positional argument');
    expect(stderr).not.toContain('ERR_PARSE_ARGS');
  });
});
