import { describe, expect, it } from 'vitest';
import { category } from '../../../src/review/rules/category.js';
import { evaluate } from '../helpers.js';

const PERMANENT = 'cannot be changed once the stream is saved';

describe('category', () => {
  it.each([
    ['event', 'engagement'],
    ['entity', 'profile'],
    ['entity', 'other'],
    ['reference', 'other'],
  ])('passes %s data in a %s stream, without the permanence note', (dataShape, cat) => {
    const outcome = evaluate(category, { dataShape, category: cat });
    expect(outcome.status).toBe('pass');
    expect(outcome.message).not.toContain(PERMANENT);
  });

  it('needs info without dataShape, and says the category is permanent', () => {
    const outcome = evaluate(category, { dataShape: undefined, category: 'profile' });
    expect(outcome.status).toBe('needs-info');
    expect(outcome.needs).toEqual(['dataShape']);
    expect(outcome.message).toContain(PERMANENT);
  });

  it.each([
    ['event', 'profile', 'time series of events never exists'],
    ['entity', 'engagement', 'not events in time'],
  ])('fails %s data in a %s stream', (dataShape, cat, words) => {
    const outcome = evaluate(category, { dataShape, category: cat });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain(words);
    expect(outcome.message).toContain(PERMANENT);
  });

  it('fails an engagement stream without eventTimeField, even when dataShape is unknown', () => {
    const outcome = evaluate(category, { eventTimeField: undefined, dataShape: undefined });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain('eventTimeField');
    expect(outcome.message).toContain(PERMANENT);
  });

  it.each([
    ['event', 'other', 'category=engagement'],
    ['reference', 'profile', 'category=other'],
  ])('warns %s data in a %s stream', (dataShape, cat, fix) => {
    const outcome = evaluate(category, { dataShape, category: cat });
    expect(outcome.status).toBe('warn');
    expect(outcome.fix).toContain(fix);
    expect(outcome.message).toContain(PERMANENT);
  });
});
