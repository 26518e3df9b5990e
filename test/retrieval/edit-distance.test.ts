import { describe, expect, it } from 'vitest';
import { editDistance, typingSlips } from '../../src/retrieval/edit-distance.js';

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('upsret', 'upsert', 2)).toBe(1);
    expect(editDistance('blaot', 'bloat', 2)).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('uniqe', 'unique', 2)).toBe(1);
    expect(editDistance('refresh', 'refrsh', 2)).toBe(1);
    expect(editDistance('desicion', 'decision', 2)).toBe(2);
    expect(editDistance('same', 'same', 2)).toBe(0);
  });

  it('stops past the maximum', () => {
    expect(editDistance('browser', 'narrow', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('typingSlips', () => {
  it('counts two letters that traded places anywhere in the word as one slip', () => {
    expect(typingSlips('desicion', 'decision', 2)).toBe(1);
    expect(typingSlips('upsret', 'upsert', 2)).toBe(1);
  });

  it('counts other edits as editDistance does', () => {
    expect(typingSlips('decisoxn', 'decision', 2)).toBe(2);
    expect(typingSlips('uniqe', 'unique', 2)).toBe(1);
    expect(typingSlips('browser', 'narrow', 2)).toBe(3);
  });
});
