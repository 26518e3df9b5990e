import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseNow } from '../../src/digest/parse-now.js';

describe('parseNow', () => {
  it('reads ISO-8601 dates and date-times, UTC unless a zone is given', () => {
    expect(parseNow('2026-11-25').toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(parseNow('2026-11-25T09:00').toISOString()).toBe('2026-11-25T09:00:00.000Z');
    expect(parseNow('2026-11-25T09:00:00.250Z').toISOString()).toBe('2026-11-25T09:00:00.250Z');
    expect(parseNow('2026-11-25T09:00:00+01:00').toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });

  it('uses the clock when absent', () => {
    const fixed = new Date('2030-01-01T00:00:00Z');
    expect(parseNow(undefined, () => fixed)).toBe(fixed);
  });

  it.each(['tomorrow', '2026-02-30', '2026-13-01', '25/11/2026', '2026-11-25 09:00', ''])('refuses %j with an InputError naming --now', (text) => {
    expect(() => parseNow(text)).toThrow(InputError);
    expect(() => parseNow(text)).toThrow(/--now must be an ISO-8601/);
  });
});
