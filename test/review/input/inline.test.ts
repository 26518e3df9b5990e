import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { parseInlineText, parseInlineWords, wordsToObject } from '../../../src/review/input/inline.js';
import { readStreamText } from '../../support/stream-text.js';

const REQUIRED = ['name=Web orders', 'connector=s3', 'category=engagement', 'refreshMode=upsert'];

describe('wordsToObject', () => {
  it('splits each word at its first =', () => {
    expect(wordsToObject(['a=1', 'b=x=y', 'c='])).toEqual({ a: '1', b: 'x=y', c: '' });
  });

  it('rejects a key given twice instead of letting the last one win', () => {
    expect(() => wordsToObject(['connector=s3', 'connector=gcs'])).toThrow(/connector is given twice \("s3" and "gcs"\)/);
  });

  it('keeps __proto__ as a key like any other, so the schema names it as unknown', () => {
    const values = wordsToObject(['__proto__=x', 'name=y']);
    expect(Object.keys(values)).toEqual(['__proto__', 'name']);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(() => parseInlineWords([...REQUIRED, '__proto__=x'])).toThrow(/unknown key __proto__/);
  });

  it.each([['Web'], ['=s3'], ['']])('rejects %o as not key=value', (word) => {
    expect(() => wordsToObject([word])).toThrow(/is not key=value/);
  });
});

describe('parseInlineWords', () => {
  it('reads comma lists for list keys and separators in numbers', () => {
    const stream = parseInlineWords([...REQUIRED, 'primaryKey=order_id,line_no', 'uses=segmentation,activation', 'sourceRows=60,000,000', 'changedRowsPerRun=60_000', 'keyUnique=true']);
    expect(stream).toMatchObject({ primaryKey: ['line_no', 'order_id'], uses: ['activation', 'segmentation'], sourceRows: 60_000_000, changedRowsPerRun: 60_000, keyUnique: true });
  });

  it('rejects an empty value for a key that is not a list', () => {
    expect(() => parseInlineWords([...REQUIRED, 'owner='])).toThrow(InputError);
  });

  it('asks for input when there is none', () => {
    expect(() => parseInlineWords([])).toThrow(/No stream description given/);
  });

  it('gives the same description as a file with the same keys', async () => {
    const inline = parseInlineText('name="Web orders" connector=s3 category=engagement refreshMode=upsert sourceRows=1,000 uses=analytics,segmentation');
    const file = await readStreamText('name: Web orders\nconnector: s3\ncategory: engagement\nrefreshMode: upsert\nsourceRows: 1000\nuses: [segmentation, analytics]\n', 'f.yaml');
    expect(file.streams[0]).toEqual(inline);
  });
});
