import { describe, expect, it } from 'vitest';
import { use } from '../../../src/review/rules/use.js';
import { evaluate, keysAsked } from '../helpers.js';

describe('use', () => {
  it('passes with a downstream use, naming it', () => {
    const outcome = evaluate(use, { uses: ['activation', 'segmentation'], fields: 10, mappedFields: 5 });
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toContain('activation and segmentation');
    expect(outcome.message).toContain('5 of 10 fields mapped');
  });

  it('asks what reads it when uses is left out, even when the fields also bloat', () => {
    const outcome = evaluate(use, { uses: undefined, fields: 10, mappedFields: 1 });
    expect(outcome.status).toBe('needs-info');
    expect(keysAsked(outcome)).toEqual(['uses']);
    expect(outcome.message).toMatch(/^What reads this data downstream\?/);
    expect(outcome.fix).toContain('uses=none');
  });

  it('fails an explicitly empty uses (uses: [], inline uses=none)', () => {
    const outcome = evaluate(use, { uses: [] });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain('just in case');
  });

  it('warns when under half the fields are mapped, not at exactly half', () => {
    const under = evaluate(use, { fields: 1_200, mappedFields: 599 });
    expect(under.status).toBe('warn');
    expect(under.message).toContain('599 of 1,200 fields');
    expect(under.message).toContain('601 fields nobody maps');
    expect(evaluate(use, { fields: 1_200, mappedFields: 600 }).status).toBe('pass');
  });

  it('does not judge the mapping when either count is missing', () => {
    expect(evaluate(use, { fields: 100 }).status).toBe('pass');
    expect(evaluate(use, { mappedFields: 0 }).status).toBe('pass');
  });

  it('lets no use fail even when the fields also bloat', () => {
    expect(evaluate(use, { uses: [], fields: 10, mappedFields: 1 }).status).toBe('fail');
  });
});
