import { describe, expect, it } from 'vitest';
import { INPUT_CATALOGUE, INPUT_GROUPS, inputSpec } from '../../src/review/input-catalogue.js';
import { CONNECTORS, REQUIRED_KEYS, SCHEDULES, USES } from '../../src/review/stream-description.js';

describe('the input catalogue', () => {
  it('describes each key once with a label, group, help and question', () => {
    const keys = INPUT_CATALOGUE.map((spec) => spec.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const spec of INPUT_CATALOGUE) {
      expect(INPUT_GROUPS).toContain(spec.group);
      expect(spec.label).not.toBe('');
      expect(spec.help).not.toBe('');
      expect(spec.question).toMatch(/\?$/);
    }
  });

  it('marks exactly the required keys required', () => {
    expect(INPUT_CATALOGUE.filter((spec) => spec.required).map((spec) => spec.key)).toEqual([...REQUIRED_KEYS]);
  });

  it('lists the allowed values of choices, flags and uses', () => {
    expect(inputSpec('connector').values).toEqual(CONNECTORS);
    expect(inputSpec('schedule').values).toEqual(SCHEDULES);
    expect(inputSpec('uses').values).toEqual(USES);
    expect(inputSpec('alerting').values).toEqual(['true', 'false']);
    expect(inputSpec('sourceRows').values).toBeUndefined();
  });
});
