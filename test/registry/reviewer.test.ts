import { describe, expect, it } from 'vitest';
import { defaultReviewer } from '../../src/registry/reviewer.js';

describe('defaultReviewer', () => {
  it('is the OS user', () => {
    expect(defaultReviewer({}, () => 'ana')).toBe('ana');
  });

  it('falls back to USER, USERNAME, then "cli" when the OS has no name for the user', () => {
    const nameless = (): string => {
      throw new Error('ENOENT: no passwd entry');
    };
    expect(defaultReviewer({ USER: 'bo' }, nameless)).toBe('bo');
    expect(defaultReviewer({ USERNAME: 'cy' }, () => ' ')).toBe('cy');
    expect(defaultReviewer({}, nameless)).toBe('cli');
  });
});
