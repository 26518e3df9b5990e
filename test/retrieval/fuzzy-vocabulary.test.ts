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
    ['loss', 'loss'],
    ['lost', 'lost'],
  ]),
);

describe('FuzzyVocabulary', () => {
  it('reads misspellings as the words they were meant to be, with less than full weight', () => {
    expect(vocabulary.correct('upsret')?.term).toBe('upsert');
    expect(vocabulary.correct('uniqe')?.term).toBe('uniqu');
    expect(vocabulary.correct('desicion')?.term).toBe('decis');
    expect(vocabulary.correct('upsret')!.weight).toBeLessThan(1);
  });

  it('counts two letters trading places as one slip, like a neighbouring swap', () => {
    // "desicion" is two substitutions away from "decision" but a single slip of the hand.
    expect(vocabulary.correct('desicion')!.weight).toBe(vocabulary.correct('upsret')!.weight);
    // Two different letters replaced are two slips, and weigh less.
    expect(vocabulary.correct('decisoxn')!.weight).toBeLessThan(vocabulary.correct('upsret')!.weight);
  });

  it('reads a word cut short that could be several as the one that fits its context', () => {
    expect(vocabulary.correct('los')).toBeNull();
    expect(vocabulary.correct('los', (term) => term === 'loss')?.term).toBe('loss');
    expect(vocabulary.correct('los', (term) => term === 'lost')?.term).toBe('lost');
    // When both or neither fit, it stays unread rather than guessed.
    expect(vocabulary.correct('los', () => true)).toBeNull();
    expect(vocabulary.correct('los', () => false)).toBeNull();
  });

  it('does not turn a different word into a knowledge-base word', () => {
    expect(vocabulary.correct('browser')).toBeNull();
    expect(vocabulary.correct('reset')).toBeNull();
    expect(vocabulary.correct('xyz')).toBeNull();
    expect(vocabulary.correct('12345')).toBeNull();
  });
});
