import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_ISSUES } from '../../../src/errors.js';
import { inputErrorOf, readStreamText } from '../../support/stream-text.js';
import { yamlList } from '../../support/yaml-list.js';

const ONE = 'name: Web orders\nconnector: s3\ncategory: engagement\nrefreshMode: upsert\n';
const entry = (name: string, connector = 's3') => ({ name, connector, category: 'profile', refreshMode: 'upsert' });

describe('readStreams', () => {
  it('reads one YAML stream as a single description', async () => {
    const file = await readStreamText(ONE);
    expect(file.isList).toBe(false);
    expect(file.streams).toHaveLength(1);
  });

  it('reads JSON, one stream or a list', async () => {
    const json = JSON.stringify({ name: 'A', connector: 'gcs', category: 'profile', refreshMode: 'full-refresh' });
    expect((await readStreamText(json, 'a.json')).streams[0]?.connector).toBe('gcs');
    expect(await readStreamText(`[${json}, ${json.replace('"A"', '"B"')}]`, 'a.json')).toMatchObject({ isList: true, streams: [{ name: 'A' }, { name: 'B' }] });
  });

  it('reads a YAML list, with a list of one still a list', async () => {
    const file = await readStreamText(`- ${ONE.replace(/\n(?=.)/g, '\n  ')}`);
    expect(file).toMatchObject({ isList: true, streams: [{ name: 'Web orders' }] });
  });

  it('reads a byte order mark, Windows line ends, comments and a document marker', async () => {
    const text = `\uFEFF# streams\r\n---\r\n${yamlList([entry('A'), entry('B')]).replace(/\n/g, '\r\n')}...\r\n`;
    expect((await readStreamText(text, 'streams.yaml', { minPiece: 1 })).streams.map((s) => s.name)).toEqual(['A', 'B']);
  });

  it('names each bad entry of a list by index and name', async () => {
    const text = `- ${ONE.replace(/\n(?=.)/g, '\n  ')}- name: Cart events\n  connector: s4\n  category: engagement\n  refreshMode: upsert\n- connector: s3\n`;
    const error = await inputErrorOf(text);
    expect(error.message).toBe('2 of 3 stream descriptions in streams.yaml have problems: [1] "Cart events", [2] (no name).');
    expect(error.issues.map((issue) => issue.path)).toEqual(['[1].connector', '[2].name', '[2].category', '[2].refreshMode']);
  });

  it('reports bad entries and checks across entries (names given twice) in one pass', async () => {
    const twice = (stream: { name: string }, index: number) => (stream.name === 'A' && index > 0 ? { path: `[${index}].name`, message: `[${index}] "A" is also at [0]` } : null);
    const error = await inputErrorOf(yamlList([entry('A'), entry('B', 's4'), entry('A')]), 'streams.yaml', { check: twice });
    expect(error.message).toBe('2 of 3 stream descriptions in streams.yaml have problems: [1] "B", [2] "A".');
    expect(error.issues.map((issue) => issue.path)).toEqual(['[1].connector', '[2].name']);
  });

  it('keeps the first 20 problems and counts the rest, wherever the pieces are cut', async () => {
    const text = yamlList(Array.from({ length: 500 }, (_, i) => entry(`S${i}`, i % 2 === 0 ? 's4' : 's3')));
    const error = await inputErrorOf(text, 'streams.yaml', { minPiece: 300 });
    expect(error.issues).toHaveLength(MAX_SHOWN_ISSUES);
    expect(error.issues[19]!.path).toBe('[38].connector');
    expect(error.more).toBe(230);
    expect(error.message).toMatch(/^250 of 500 stream descriptions in streams\.yaml have problems: \[0\] "S0", \[2\] "S2", .*\[38\] "S38" and 230 more\.$/);
  });

  it('names the first 20 unknown keys of a description with 20,000, and counts the rest', async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n');
    const error = await inputErrorOf(`${ONE}${keys}\n`);
    expect(error.message).toBe(`streams.yaml: The stream description has problems: unknown key ${Array.from({ length: 20 }, (_, i) => `k${i}`).join(', ')} and 19,980 more.`);
  });

  it('names the file for a bad single description', async () => {
    expect((await inputErrorOf(`${ONE}refreshmode: upsert\n`)).message).toMatch(/^streams\.yaml: .*unknown key refreshmode/);
  });

  it.each([
    ['', /is empty/],
    ['# only a comment\n', /is empty/],
    ['[]', /empty list/],
    ['name: [unclosed', /is not valid YAML or JSON at line 1, column 16: unexpected end of the stream/],
    ['name: a\nname: b\n', /is not valid YAML or JSON at line 2, column 1: duplicated mapping key\./],
    ['{"name": "a", "name": "b"}', /at line 1, column 15: duplicated mapping key/],
    ['{"name": ', /is not valid YAML or JSON at line 1/],
    ['42', /set of key: value pairs/],
    ['- a: 1\n---\n- b: 2\n', /more than one document|single document/],
  ])('rejects %o plainly', async (text, message) => {
    expect((await inputErrorOf(text)).message).toMatch(message);
  });

  it('reads a quoted YAML value with separators and a YAML null as not given', async () => {
    const file = await readStreamText(`${ONE}sourceRows: "60,000,000"\nowner:\n`);
    expect(file.streams[0]).toMatchObject({ sourceRows: 60_000_000 });
    expect(file.streams[0]?.owner).toBeUndefined();
  });

  it('reads dates as text and refuses tags that would build other values', async () => {
    expect((await readStreamText(`${ONE}owner: 2026-01-31\n`)).streams[0]?.owner).toBe('2026-01-31');
    expect((await inputErrorOf(`${ONE}owner: !!binary aGk=\n`)).message).toMatch(/line 5, column 21: unknown tag/);
  });
});

describe('a YAML syntax error', () => {
  it("shows the file's line with a caret under the problem, and no dangling colon", async () => {
    const { message } = await inputErrorOf('name: Web orders\nconnector: s3: x\ncategory: profile\n', 'stream.yaml');
    expect(message).toBe(['stream.yaml is not valid YAML or JSON at line 2, column 14: bad indentation of a mapping entry.', '2 | connector: s3: x', '  |              ^'].join('\n'));
  });

  it('counts lines in the whole file, not in the piece being read', async () => {
    const good = yamlList(Array.from({ length: 300 }, (_, i) => entry(`S${i}`)));
    const { message, issues } = await inputErrorOf(`${good}- name: Broken\n  connector: s3\n   category: x\n`, 'streams.yaml', { minPiece: 500, chunk: 97 });
    expect(issues[0]!.message).toBe('line 1,203, column 12: bad indentation of a mapping entry');
    expect(message.split('\n').slice(1)).toEqual(['1203 |    category: x', '     |            ^']);
  });

  it('finds an error in the middle of a long list at its line, however the list was cut', async () => {
    const entries = (from: number) => yamlList(Array.from({ length: 100 }, (_, i) => entry(`S${from + i}`)));
    const text = `${entries(0)}- name: Broken\n  connector: [s3\n${entries(100)}`;
    for (const minPiece of [50, 700, 5_000, 1e9]) {
      // js-yaml reads `[s3` on into the next line, and stops where the next entry starts.
      expect((await inputErrorOf(text, 'streams.yaml', { minPiece, chunk: 333 })).issues[0]!.message).toBe('line 403, column 1: missed comma between flow collection entries');
    }
  });

  it('finds the column in a later part of a flow list, and shows a window of a long line', async () => {
    const items = Array.from({ length: 2_000 }, (_, i) => JSON.stringify(entry(`S${i}`)));
    const line = `[${items.join(', ')}, {"name": "x",, "connector": "s3"}]`;
    const { message, issues } = await inputErrorOf(line, 'streams.json', { minPiece: 1_000 });
    const column = line.indexOf(',,') + 2;
    expect(issues[0]!.message).toBe(`line 1, column ${column.toLocaleString('en')}: expected the node content, but found ','`);
    const [, shown, caret] = message.split('\n');
    expect(shown!.length).toBeLessThan(90);
    expect(shown![caret!.indexOf('^')]).toBe(',');
  });

  it('counts a column in characters, lining the caret up under tabs and emoji', async () => {
    const { message } = await inputErrorOf('name: "🛒\tcart" x\n');
    expect(message.split('\n')).toEqual([
      'streams.yaml is not valid YAML or JSON at line 1, column 16: bad indentation of a mapping entry.',
      '1 | name: "🛒\tcart" x',
      `  | ${' '.repeat(8)}\t${' '.repeat(6)}^`,
    ]);
  });

  it('points just past the last thing written when the file ends too soon', async () => {
    expect((await inputErrorOf('name: [unclosed\n\n')).message.split('\n')).toEqual([
      'streams.yaml is not valid YAML or JSON at line 1, column 16: unexpected end of the stream within a flow collection.',
      '1 | name: [unclosed',
      `  | ${' '.repeat(15)}^`,
    ]);
  });
});
