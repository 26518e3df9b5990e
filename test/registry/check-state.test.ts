import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importStreams } from '../../src/registry/import-streams.js';
import { openRegistry, type RegistryDb } from '../../src/registry/open-registry.js';
import { recordReview } from '../../src/registry/record-review.js';
import { streamChecks } from '../../src/registry/stream-checks.js';
import type { Verdict } from '../../src/review/types.js';
import { DAY, result, stream, tempDir } from './helpers.js';

const now = Date.parse('2026-11-25T09:00:00Z');

/** The check state of one stream given its latest review (or none) and whether it changed since. */
function stateOf(review: { verdict: Verdict; ageMs: number; changed?: boolean } | null, maxAgeDays = 90): string | null {
  const db: RegistryDb = openRegistry(join(tempDir(), 'r.db'));
  try {
    importStreams(db, [stream('S')]);
    if (review) {
      recordReview(db, stream('S'), result('S', review.verdict), { by: 'U1', via: 'slack', at: new Date(now - review.ageMs) });
      if (review.changed) importStreams(db, [stream('S', { schedule: 'weekly' })]);
    }
    return streamChecks(db, now, maxAgeDays)[0]!.reason;
  } finally {
    db.close();
  }
}

describe('the check state', () => {
  it('follows the spec’s order: never reviewed, changed, failed, stale', () => {
    expect(stateOf(null)).toBe('never-reviewed');
    // Changed wins over failed and stale: the old verdict was about another description.
    expect(stateOf({ verdict: 'do-not-ship', ageMs: 400 * DAY, changed: true })).toBe('changed-since-review');
    // Failed wins over stale.
    expect(stateOf({ verdict: 'needs-info', ageMs: 400 * DAY })).toBe('failed-review');
    expect(stateOf({ verdict: 'do-not-ship', ageMs: DAY })).toBe('failed-review');
    expect(stateOf({ verdict: 'ship', ageMs: 91 * DAY })).toBe('stale-review');
  });

  it('is checked after a ship or ship-with-warnings review of the current description', () => {
    expect(stateOf({ verdict: 'ship', ageMs: DAY })).toBeNull();
    expect(stateOf({ verdict: 'ship-with-warnings', ageMs: DAY })).toBeNull();
  });

  it('is stale only when older than the maximum age', () => {
    expect(stateOf({ verdict: 'ship', ageMs: 90 * DAY })).toBeNull();
    expect(stateOf({ verdict: 'ship', ageMs: 90 * DAY + 1 })).toBe('stale-review');
    expect(stateOf({ verdict: 'ship', ageMs: 8 * DAY }, 7)).toBe('stale-review');
  });
});
