import fc from 'fast-check';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../../../src/review/input/read-entries.js';
import { chunksOf, inputErrorOf, readStreamText } from '../../support/stream-text.js';
import { yamlList } from '../../support/yaml-list.js';

/** The entries read a piece at a time, or the reason js-yaml refused them. */
async function entriesOf(text: string, minPiece: number, chunk: number): Promise<unknown> {
  const entries: unknown[] = [];
  try {
    for await (const batch of readEntries(chunksOf(text, chunk), 'f.yaml', minPiece)) entries.push(...batch.entries);
  } catch (error) {
    return { refused: (error as Error).message };
  }
  return entries;
}

/** `&a [*a]`: js-yaml builds a value that contains itself, which no deep comparison can check. */
function isCircular(value: unknown): boolean {
  try {
    JSON.stringify(value);
    return false;
  } catch {
    return true;
  }
}

/** What js-yaml reads from the whole text at once (its `dump` writes some strings it cannot read back). */
function whole(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch {
    return { refused: expect.any(String) };
  }
}

// Values that are awkward to cut around: quotes, commas, brackets, colons, hashes, line breaks.
const awkward = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a, b', '[x]', '{y}', 'k: v', ' #c', "it's", 'say "hi"', '\\', 'a\n- b', '- x', '*', '&a'));
const scalar = fc.oneof(awkward, fc.integer(), fc.boolean(), fc.constant(null));
const record = fc.dictionary(fc.constantFrom('name', 'connector', 'owner', 'uses', 'note'), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { minKeys: 1 });

describe('reading a list a piece at a time', () => {
  it('gives what js-yaml reads from the whole text, however the list is written, cut and delivered', async () => {
    const layouts = [
      (list: object[]) => dump(list, { schema: CORE_SCHEMA }),
      (list: object[]) => dump(list, { schema: CORE_SCHEMA, flowLevel: 1 }),
      (list: object[]) => dump(list, { schema: CORE_SCHEMA, flowLevel: 0 }),
      (list: object[]) => JSON.stringify(list),
      (list: object[]) => JSON.stringify(list, null, '\t'),
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 12 }), fc.nat(layouts.length - 1), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 40 }), async (list, layout, minPiece, chunk) => {
        const text = layouts[layout]!(list);
        expect(await entriesOf(text, minPiece, chunk)).toEqual(whole(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never reads a text differently from js-yaml, whatever YAML tokens it is made of', async () => {
    const token = fc.constantFrom('- ', '-', '\n', '\n- ', '\n-', '[', ']', '{', '}', ', ', ',', ': ', '"', "'", "''", ' #', '#', ' ', '  ', 'a', 'b c', '&x ', '*x', '\\', '\t', '|\n', '>\n', '? ', '---\n', '...\n', '!t ');
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9 }), async (tokens, minPiece, chunk) => {
        const text = tokens.join('');
        // js-yaml, unlike the YAML spec, lets a nested list that ends in an empty entry (`- -`,
        // `- ? -`, or an indented `-` alone) take in the next top-level entry: read a piece at a time, it cannot.
        fc.pre(!/^(?:[ \t]+|(?:[-?:][ \t]+)+)-[ \t]*(?:#.*)?$/m.test(text));
        const expected = whole(text);
        fc.pre(!isCircular(expected));
        const actual = await entriesOf(text, minPiece, chunk);
        if (Array.isArray(expected) && expected.length === 0) expect(actual).toEqual({ refused: expect.stringContaining('empty list') });
        else if (Array.isArray(expected) && (text.trimStart().startsWith('-') || text.trimStart().startsWith('['))) expect(actual).toEqual(expected);
        else if (!Array.isArray(expected) && typeof expected === 'object' && expected !== null && 'refused' in expected) expect(actual).toMatchObject({ refused: expect.any(String) });
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['a quoted value running over a line that starts an entry', '- "abc\n- def"\n- x\n'],
    ['aliases of an anchor in an earlier entry', '- owner: &team web-team\n  name: A\n- owner: *team\n  name: B\n'],
    ['a flow list with commas and brackets in quotes and comments', "[\"a, ]b\", 'c'', d', # e, ]\n f, {g: \"h,\\\" i\"}, &x \"y, z\", *x]\n"],
    ['a flow list with a trailing comma', '[a, b, ]\n'],
    ['a block list after a directive and a document marker', '%YAML 1.2\n---\n- a\n- b\n...\n'],
  ])('reads %s as js-yaml does', async (_, text) => {
    for (const minPiece of [1, 3, 7]) expect(await entriesOf(text, minPiece, 2)).toEqual(whole(text));
  });

  it('refuses an alias bomb and a value that contains itself, naming the entry', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)];
    const bomb = `- name: Bomb\n  connector: s3\n  category: profile\n  refreshMode: upsert\n  owner: {${levels.join(', ')}}\n`;
    const error = await inputErrorOf(bomb);
    expect(error.issues).toEqual([{ path: '[0]', message: '[0] expands to more than 10,000 values through its aliases; write its values out.' }]);
    expect((await inputErrorOf('- &a [*a]\n')).issues[0]!.message).toMatch(/contains itself through an alias/);
    expect((await inputErrorOf('name: &n [*n]\n')).message).toMatch(/^streams\.yaml: The stream description contains itself/);
  });

  it('refuses aliases in later entries to a large value of an earlier one, but not the value itself', async () => {
    const big = `[${Array(12_000).fill('x').join(', ')}]`;
    const text = `- {name: A, connector: s3, category: profile, refreshMode: upsert, primaryKey: &big ${big}}\n- {name: B, connector: s3, category: profile, refreshMode: upsert, primaryKey: *big}\n`;
    const error = await inputErrorOf(text);
    expect(error.message).toBe('1 of 2 stream descriptions in streams.yaml have problems: [1] "B".');
    expect(error.issues).toEqual([{ path: '[1]', message: '[1] expands to more than 10,000 values through its aliases; write its values out.' }]);
  });

  it('reads a list of 10 MB on one line, refusing each entry that is not a stream, with a short error', async () => {
    const words = Array.from({ length: 2_000_000 }, (_, i) => `w${i % 1000}`).join(', ');
    expect(words.length).toBeGreaterThan(10_000_000);
    const error = await inputErrorOf(`[${words}]`, 'flow.yaml', { chunk: 256 * 1024 });
    expect(error.message).toMatch(/^2,000,000 of 2,000,000 stream descriptions in flow\.yaml have problems: \[0\] \(no name\), .* and 1,999,980 more\.$/);
    expect(error.issues).toHaveLength(20);
    expect(error.more).toBe(1_999_980);
  });

  it('reads a long list of streams with a few aliases', async () => {
    const text = `- &first {name: S0, connector: s3, category: profile, refreshMode: upsert}\n${yamlList(Array.from({ length: 200 }, (_, i) => ({ name: `S${i + 1}`, connector: 's3', category: 'profile', refreshMode: 'upsert', owner: 'team' })))}`;
    const { streams } = await readStreamText(text.replace('owner: team\n', 'owner: &o team\n').replace(/owner: team\n$/, 'owner: *o\n'), 'f.yaml', { minPiece: 64 });
    expect(streams).toHaveLength(201);
    expect(streams[200]).toMatchObject({ name: 'S200', owner: 'team' });
  });
});
