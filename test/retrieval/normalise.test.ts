import { describe, expect, it } from 'vitest';
import { createNormaliser } from '../../src/retrieval/normalise.js';

const terms = (text: string, acronyms: Record<string, string> = {}) => createNormaliser(acronyms).tokens(text).map((t) => t.term);

describe('createNormaliser', () => {
  it('drops stop words and chat filler, and stems', () => {
    expect(terms('Hey team, quick question: what does upserting do with the deleted rows?')).toEqual(['upsert', 'delet', 'record']);
  });

  it('folds a spelled-out acronym into the acronym, so both forms match and count once', () => {
    expect(terms('data lake objects')).toEqual(terms('DLOs'));
    expect(terms('the primary key of the stream')).toEqual(['pk', 'stream']);
    expect(terms('widget keys', { WK: 'widget key, the thing' })).toEqual(['wk']);
  });

  it('folds synonyms into one term', () => {
    expect(terms('purged')).toEqual(terms('deleted'));
    expect(terms('credits burn')).toEqual(['cost', 'cost']);
    expect(terms('columns')).toEqual(terms('fields'));
  });

  it('keeps apart words that are related but not interchangeable', () => {
    // A question about Parquet is about that format, not about any file.
    expect(terms('parquet')).not.toEqual(terms('csv'));
    expect(terms('parquet')).not.toEqual(terms('file'));
    // Google Cloud Storage and Azure have buckets too.
    expect(terms('gcs bucket')).not.toContain(terms('s3')[0]);
  });

  it('joins phrases people write apart or together', () => {
    expect(terms('real time')).toEqual(terms('realtime'));
    expect(terms('Data Cloud')).toEqual(terms('data 360'));
    expect(terms('up-sert')).toEqual(['upsert']);
  });

  it('keeps the surface form of each word for spelling correction', () => {
    const [token] = createNormaliser().tokens('Upsret');
    expect(token).toEqual({ surface: 'upsret', term: 'upsret' });
  });
});
