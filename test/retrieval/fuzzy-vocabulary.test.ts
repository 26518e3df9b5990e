import { describe, expect, it } from 'vitest';
import { FuzzyVocabulary } from '../../src/retrieval/fuzzy-vocabulary.js';

const vocabulary = new FuzzyVocabulary(
  new Map([
    ['upsert', 'upsert'],
    ['deletes', 'delet'],
    ['unique', 'uniqu'],
    ['decision', 'decis'],
    ['narrow', 'narrow'],
    ['rest', 'rest'],
  ]),
);

describe('FuzzyVocabulary', () => {
  it('reads misspellings as the words they were meant to be, with less than full weight', () => {
    expect(vocabulary.correct('upsret')?.term).toBe('upsert');
    expect(vocabulary.correct('uniqe')?.term).toBe('uniqu');
    expect(vocabulary.correct('desicion')?.term).toBe('decis');
    expect(vocabulary.correct('upsret')!.weight).toBeLessThan(1);
  });

  it('does not turn a different word into a knowledge-base word', () => {
    expect(vocabulary.correct('browser')).toBeNull();
    expect(vocabulary.correct('reset')).toBeNull();
    expect(vocabulary.correct('xyz')).toBeNull();
    expect(vocabulary.correct('12345')).toBeNull();
  });
});
