import { describe, expect, it } from 'vitest';
import { reviewStream } from '../../src/review/engine.js';
import { REMINDERS } from '../../src/review/reminders.js';
import { RULE_IDS } from '../../src/review/rule-ids.js';
import { verdictOf } from '../../src/review/verdict.js';
import { emptyPolicy } from '../../src/review/policy/policy.js';
import { SHIPPABLE, streamWith } from './helpers.js';

describe('reviewStream', () => {
  it('ships a stream every rule passes, listing every rule once in order, then the reminders', () => {
    const result = reviewStream(SHIPPABLE);
    expect(result.stream).toBe('Web orders');
    expect(result.verdict).toBe('ship');
    expect(result.rules.map((rule) => rule.id)).toEqual([...RULE_IDS]);
    expect(result.reminders).toEqual([...REMINDERS]);
    expect(result.reminders.join(' ')).toMatch(/editions differ.+row count.+sample payloads.+rotates the connector's credentials/);
  });

  it('gives a fix exactly where the status is warn, fail or needs-info', () => {
    const result = reviewStream(streamWith({ owner: undefined, schedule: undefined, keyUnique: undefined, connector: 'ingestion-api' }));
    for (const rule of result.rules) {
      expect(rule.fix !== undefined, `${rule.id} (${rule.status})`).toBe(['warn', 'fail', 'needs-info'].includes(rule.status));
      expect(rule.message).not.toContain('\n');
    }
  });

  it('carries the questions on needs-info rules only', () => {
    const result = reviewStream(streamWith({ dataShape: undefined }));
    const category = result.rules.find((rule) => rule.id === 'category');
    expect(category?.asks?.map((q) => q.key)).toEqual(['dataShape']);
    expect(result.rules.filter((rule) => rule.asks !== undefined)).toHaveLength(1);
  });

  it('asks, rather than fails, a description of only the required inputs', () => {
    const result = reviewStream({ name: 'Web orders', connector: 's3', category: 'engagement', refreshMode: 'upsert' });
    expect(result.verdict).toBe('needs-info');
    expect(result.rules.filter((rule) => rule.status === 'fail')).toEqual([]);
    expect(result.rules.filter((rule) => rule.status === 'needs-info').map((rule) => rule.id)).toEqual(['freshness', 'key', 'deletes', 'category', 'use', 'ownership']);
  });

  it.each([
    [{ keyUnique: undefined }, 'ship-with-warnings'],
    [{ keyUnique: undefined, dataShape: undefined }, 'needs-info'],
    [{ keyUnique: undefined, dataShape: undefined, owner: undefined }, 'needs-info'],
    [{ keyUnique: undefined, dataShape: undefined, alerting: false }, 'do-not-ship'],
  ])('gives the verdict for %o', (changes, verdict) => {
    expect(reviewStream(streamWith(changes)).verdict).toBe(verdict);
  });

  it('reviews the same with no policy and an empty policy', () => {
    const stream = streamWith({ refreshMode: 'full-refresh', sourceRows: 50_000_000, owner: undefined });
    expect(reviewStream(stream, { policy: emptyPolicy('p.yaml') })).toEqual(reviewStream(stream));
  });

  it('applies policy thresholds', () => {
    const stream = streamWith({ refreshMode: 'full-refresh', schedule: 'monthly', sourceRows: 40_000_000 });
    expect(reviewStream(stream).rules[3]?.status).toBe('warn');
    const policy = { ...emptyPolicy('p.yaml'), thresholds: { fullRefreshWarnRowsPerMonth: 50_000_000 } };
    expect(reviewStream(stream, { policy }).rules[3]?.status).toBe('pass');
  });
});

describe('verdictOf', () => {
  it.each([
    [['pass', 'n/a'], 'ship'],
    [['pass', 'warn'], 'ship-with-warnings'],
    [['warn', 'needs-info'], 'needs-info'],
    [['needs-info', 'fail', 'warn'], 'do-not-ship'],
  ] as const)('%o → %s', (statuses, verdict) => {
    expect(verdictOf(statuses.map((status) => ({ status })))).toBe(verdict);
  });
});
