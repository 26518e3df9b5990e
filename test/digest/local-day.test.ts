import { describe, expect, it } from 'vitest';
import { localDay } from '../../src/digest/local-day.js';

describe('localDay', () => {
  it('is the calendar date in the given zone, not the UTC date', () => {
    const instant = new Date('2026-11-25T23:30:00Z');
    expect(localDay(instant, 'UTC')).toBe('2026-11-25');
    expect(localDay(instant, 'Europe/Berlin')).toBe('2026-11-26');
    expect(localDay(instant, 'America/Los_Angeles')).toBe('2026-11-25');
    expect(localDay(new Date('2026-11-25T10:30:00Z'), 'Pacific/Auckland')).toBe('2026-11-25');
    expect(localDay(new Date('2026-11-25T11:30:00Z'), 'Pacific/Auckland')).toBe('2026-11-26');
  });
});
