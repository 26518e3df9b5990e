import { expect, it } from 'vitest';
import { importStreams } from '../../src/registry/import-streams.js';
import { recordReview } from '../../src/registry/record-review.js';
import { streamChecks } from '../../src/registry/stream-checks.js';
import type { Verdict } from '../../src/review/types.js';
import { describeEngines } from '../support/engines.js';
import { DAY, result, stream } from './helpers.js';

const now = Date.parse('2026-11-25T09:00:00Z');

describeEngines('the check state', (engine) => {
  /** The check state of one stream given its latest review (or none) and whether it changed since. */
  async function stateOf(review: { verdict: Verdict; ageMs: number; changed?: boolean } | null, maxAgeDays = 90): Promise<string | null> {
    const { db } = await engine.open();
    await importStreams(db, [stream('S')]);
    if (review) {
      await recordReview(db, stream('S'), result('S', review.verdict), { by: 'U1', via: 'slack', at: new Date(now - review.ageMs) });
      if (review.changed) await importStreams(db, [stream('S', { schedule: 'weekly' })]);
    }
    return (await streamChecks(db, now, maxAgeDays))[0]!.reason;
  }

  it('follows the spec’s order: never reviewed, changed, failed, stale', async () => {
    expect(await stateOf(null)).toBe('never-reviewed');
    // Changed wins over failed and stale: the old verdict was about another description.
    expect(await stateOf({ verdict: 'do-not-ship', ageMs: 400 * DAY, changed: true })).toBe('changed-since-review');
    // Failed wins over stale.
    expect(await stateOf({ verdict: 'needs-info', ageMs: 400 * DAY })).toBe('failed-review');
    expect(await stateOf({ verdict: 'do-not-ship', ageMs: DAY })).toBe('failed-review');
    expect(await stateOf({ verdict: 'ship', ageMs: 91 * DAY })).toBe('stale-review');
  });

  it('is checked after a ship or ship-with-warnings review of the current description', async () => {
    expect(await stateOf({ verdict: 'ship', ageMs: DAY })).toBeNull();
    expect(await stateOf({ verdict: 'ship-with-warnings', ageMs: DAY })).toBeNull();
  });

  it('is stale only when older than the maximum age', async () => {
    expect(await stateOf({ verdict: 'ship', ageMs: 90 * DAY })).toBeNull();
    expect(await stateOf({ verdict: 'ship', ageMs: 90 * DAY + 1 })).toBe('stale-review');
    expect(await stateOf({ verdict: 'ship', ageMs: 8 * DAY }, 7)).toBe('stale-review');
  });

  it('lists streams by name ignoring ASCII case, ties broken by code point', async () => {
    const { db } = await engine.open();
    const names = ['b', 'B', 'a', 'Zed', 'éclair', 'Éclair', '_x', '10', '9'];
    await importStreams(db, names.map((name) => stream(name)));
    expect((await streamChecks(db, now, 90)).map((check) => check.name)).toEqual(['10', '9', '_x', 'a', 'B', 'b', 'Zed', 'Éclair', 'éclair']);
  });
});
