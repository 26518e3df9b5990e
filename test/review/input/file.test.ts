import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { parseStreamsText } from '../../../src/review/input/file.js';

const ONE = 'name: Web orders\nconnector: s3\ncategory: engagement\nrefreshMode: upsert\n';

function errorOf(text: string): InputError {
  try {
    parseStreamsText(text, 'streams.yaml');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseStreamsText', () => {
  it('reads one YAML stream as a single description', () => {
    const file = parseStreamsText(ONE, 'streams.yaml');
    expect(file.isList).toBe(false);
    expect(file.streams).toHaveLength(1);
  });

  it('reads JSON, one stream or a list', () => {
    const json = JSON.stringify({ name: 'A', connector: 'gcs', category: 'profile', refreshMode: 'full-refresh' });
    expect(parseStreamsText(json, 'a.json').streams[0]?.connector).toBe('gcs');
    expect(parseStreamsText(`[${json}, ${json.replace('"A"', '"B"')}]`, 'a.json').isList).toBe(true);
  });

  it('reads a YAML list, with a list of one still a list', () => {
    const file = parseStreamsText(`- ${ONE.replace(/\n(?=.)/g, '\n  ')}`, 'streams.yaml');
    expect(file).toMatchObject({ isList: true, streams: [{ name: 'Web orders' }] });
  });

  it('names each bad entry of a list by index and name', () => {
    const text = `- ${ONE.replace(/\n(?=.)/g, '\n  ')}- name: Cart events\n  connector: s4\n  category: engagement\n  refreshMode: upsert\n- connector: s3\n`;
    const error = errorOf(text);
    expect(error.message).toBe('2 of 3 stream descriptions in streams.yaml have problems: [1] "Cart events", [2] (no name).');
    expect(error.issues.map((issue) => issue.path)).toEqual(['[1].connector', '[2].name', '[2].category', '[2].refreshMode']);
  });

  it('names the file for a bad single description', () => {
    expect(errorOf(`${ONE}refreshmode: upsert\n`).message).toMatch(/^streams\.yaml: .*unknown key refreshmode/);
  });

  it.each([
    ['', /is empty/],
    ['# only a comment\n', /is empty/],
    ['[]', /empty list/],
    ['name: [unclosed', /not valid YAML or JSON/],
    ['name: a\nname: b\n', /not valid YAML or JSON/],
    ['{"name": ', /not valid YAML or JSON/],
    ['42', /set of key: value pairs/],
  ])('rejects %o plainly', (text, message) => {
    expect(errorOf(text).message).toMatch(message);
  });

  it('reads a quoted YAML value with separators and a YAML null as not given', () => {
    const file = parseStreamsText(`${ONE}sourceRows: "60,000,000"\nowner:\n`, 'streams.yaml');
    expect(file.streams[0]).toMatchObject({ sourceRows: 60_000_000 });
    expect(file.streams[0]?.owner).toBeUndefined();
  });
});
