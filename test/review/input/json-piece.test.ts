import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../../src/review/input/json-piece.js';

/** What js-yaml makes of the text, or `refused`. */
function yamlReads(text: string): { value: unknown } | 'refused' {
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return 'refused';
  }
}

describe('readJson', () => {
  it('reads any JSON list or object exactly as js-yaml does, in any layout', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue())), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const json = readJson(text);
        const yaml = yamlReads(text);
        if (json === null) return;
        read++;
        expect(yaml).not.toBe('refused');
        expect(json.value).toEqual((yaml as { value: unknown }).value);
      }),
      { numRuns: 500 },
    );
    // Only a key given twice or deep nesting is left to js-yaml, and fast-check makes neither.
    expect(read).toBe(500);
  });

  it('reads a JSON list of stream descriptions, the kind a file holds', () => {
    const text = JSON.stringify([{ name: 'Web orders', connector: 's3', primaryKey: ['id', 'line'] }, { name: 'Say "hi"\\', uses: [] }], null, 2);
    expect(readJson(text)).toEqual({ value: JSON.parse(text) });
  });

  it.each([
    ['a key given twice', '[{"name": "a", "owner": "x", "name": "b"}]'],
    ['a key given twice, once escaped', '{"name": "a", "n\\u0061me": "b"}'],
    ['a key given twice in a nested object', '[{"name": "a", "owner": {"team": 1, "team": 2}}]'],
    ['nesting deeper than js-yaml allows', `${'['.repeat(120)}${']'.repeat(120)}`],
  ])('leaves %s to js-yaml, which refuses it', (_, text) => {
    expect(JSON.parse(text)).toBeDefined();
    expect(readJson(text)).toBeNull();
    expect(yamlReads(text)).toBe('refused');
  });

  it('keeps a key apart from a value that looks like it', () => {
    expect(readJson('{"name": "owner", "owner": "name", "x": ["name", "owner"]}')).toEqual({ value: { name: 'owner', owner: 'name', x: ['name', 'owner'] } });
    expect(readJson('[{"a": "\\"a\\":"}, {"a": 1}]')).toEqual({ value: [{ a: '"a":' }, { a: 1 }] });
  });

  it.each([
    ['YAML', '- name: a\n  connector: s3\n'],
    ['a YAML flow list', '[a, b]'],
    ['JSON with a comment', '[1, # one\n 2]'],
    ['nothing', ''],
  ])('leaves %s to js-yaml', (_, text) => {
    expect(readJson(text)).toBeNull();
  });
});
