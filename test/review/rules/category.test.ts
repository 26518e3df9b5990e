import { describe, expect, it } from 'vitest';
import { category } from '../../../src/review/rules/category.js';
import { evaluate, keysAsked } from '../helpers.js';

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
    expect(keysAsked(outcome)).toEqual(['dataShape']);
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

  it('asks an engagement stream for its event time field, saying it is permanent', () => {
    const outcome = evaluate(category, { eventTimeField: undefined });
    expect(outcome.status).toBe('needs-info');
    expect(keysAsked(outcome)).toEqual(['eventTimeField']);
    expect(outcome.message).toMatch(/^Which date-time field says when each event happened\?/);
    expect(outcome.message).toContain(PERMANENT);
  });

  it('asks the data shape first, then the event time field, in one needs-info', () => {
    const outcome = evaluate(category, { eventTimeField: undefined, dataShape: undefined });
    expect(outcome.status).toBe('needs-info');
    expect(keysAsked(outcome)).toEqual(['dataShape', 'eventTimeField']);
    expect(outcome.fix).toBe('Add dataShape=entity|event|reference and eventTimeField=… to the description.');
  });

  it('lets entity data in an engagement stream fail without asking for the event time field', () => {
    const outcome = evaluate(category, { eventTimeField: undefined, dataShape: 'entity' });
    expect(outcome.status).toBe('fail');
    expect(outcome.asks).toBeUndefined();
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
