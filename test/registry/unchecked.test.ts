import { expect, it } from 'vitest';
import { importStreams } from '../../src/registry/import-streams.js';
import { recordReview } from '../../src/registry/record-review.js';
import { snoozeStream } from '../../src/registry/snoozes.js';
import { findUnchecked } from '../../src/registry/unchecked.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import { describeEngines } from '../support/engines.js';
import { DAY, result, stream } from './helpers.js';

const t0 = new Date('2026-01-01T00:00:00Z');
const at = (days: number): Date => new Date(t0.getTime() + days * DAY);

describeEngines('findUnchecked', (engine) => {
  const registry = async () => (await engine.open()).db;

  it('lists unchecked streams worst first, then by name, and counts every stream', async () => {
    const db = await registry();
    await importStreams(db, ['b never', 'a never', 'ok', 'changed', 'failed', 'stale', 'needs info'].map((n) => stream(n)), t0);
    await recordReview(db, stream('ok'), result('ok', 'ship'), { by: 'U1', via: 'slack', at: at(100) });
    await recordReview(db, stream('changed'), result('changed', 'ship'), { by: 'U1', via: 'teams', at: at(100) });
    await importStreams(db, [stream('changed', { schedule: 'daily' })], at(101));
    await recordReview(db, stream('failed'), result('failed', 'do-not-ship'), { by: 'U2', via: 'cli', at: at(100) });
    await recordReview(db, stream('needs info'), result('needs info', 'needs-info'), { by: 'U2', via: 'cli', at: at(100) });
    await recordReview(db, stream('stale'), result('stale', 'ship-with-warnings'), { by: 'U3', via: 'slack', at: at(5) });
    const report = await findUnchecked(db, at(102), 90);
    expect(report.total).toBe(7);
    expect(report.snoozed).toBe(0);
    expect(report.unchecked.map((s) => [s.name, s.reason])).toEqual([
      ['failed', 'failed-review'],
      ['needs info', 'failed-review'],
      ['changed', 'changed-since-review'],
      ['a never', 'never-reviewed'],
      ['b never', 'never-reviewed'],
      ['stale', 'stale-review'],
    ]);
    expect(report.unchecked[0]!.latest).toMatchObject({ verdict: 'do-not-ship', by: 'U2', via: 'cli', at: at(100).getTime() });
  });

  it('judges each stream by its latest review, whatever order reviews were recorded in', async () => {
    const db = await registry();
    await recordReview(db, stream('A'), result('A', 'ship'), { by: 'late', via: 'cli', at: at(10) });
    await recordReview(db, stream('A'), result('A', 'do-not-ship'), { by: 'early', via: 'cli', at: at(2) });
    expect((await findUnchecked(db, at(11), 90)).unchecked).toEqual([]);
    // Two reviews in the same millisecond: the one recorded last wins.
    await recordReview(db, stream('A'), result('A', 'do-not-ship'), { by: 'same', via: 'cli', at: at(10) });
    expect((await findUnchecked(db, at(11), 90)).unchecked.map((s) => s.latest?.by)).toEqual(['same']);
  });

  it('leaves snoozed streams out until the snooze ends, and counts them', async () => {
    const db = await registry();
    await importStreams(db, [stream('A'), stream('B'), stream('C')], t0);
    await recordReview(db, stream('C'), result('C', 'ship'), { by: 'U1', via: 'cli', at: t0 });
    await snoozeStream(db, 'A', { until: at(7), reason: 'migrating next week', by: 'U9', at: t0 });
    await snoozeStream(db, 'C', { until: at(7), reason: 'checked anyway', by: 'U9', at: t0 });
    const during = await findUnchecked(db, at(3), 90);
    expect(during.unchecked.map((s) => s.name)).toEqual(['B']);
    expect(during.snoozed).toBe(2);
    expect(during.total).toBe(3);
    const after = await findUnchecked(db, at(7), 90);
    expect(after.unchecked.map((s) => s.name)).toEqual(['A', 'B']);
    expect(after.snoozed).toBe(0);
  });

  it('uses REVIEW_MAX_AGE_DAYS as given', async () => {
    const db = await registry();
    await recordReview(db, stream('A'), result('A', 'ship'), { by: 'U1', via: 'cli', at: t0 });
    expect((await findUnchecked(db, at(10), 90)).unchecked).toEqual([]);
    expect((await findUnchecked(db, at(10), 7)).unchecked.map((s) => s.reason)).toEqual(['stale-review']);
  });

  it('gives the digest the same model from the first few of each reason as from every unchecked stream', async () => {
    const db = await registry();
    const names = Array.from({ length: 14 }, (_, i) => `S${String(i).padStart(2, '0')}`);
    await importStreams(db, names.map((name) => stream(name)), t0);
    for (const [i, name] of names.entries()) {
      if (i % 4 === 0) continue;
      const verdict = i % 4 === 1 ? 'do-not-ship' : 'ship';
      await recordReview(db, stream(name), result(name, verdict), { by: 'U1', via: 'cli', at: i % 4 === 3 ? t0 : at(100) });
      if (i % 4 === 2 && i % 3 === 0) await importStreams(db, [stream(name, { schedule: 'daily' })], at(101));
    }
    const details = { problemRules: () => [], changedKeys: () => [] };
    const every = await findUnchecked(db, at(102), 90);
    expect(Object.values(every.counts).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
    for (const limit of [0, 1, 2, 3, 5, 20]) {
      const firstFew = await findUnchecked(db, at(102), 90, limit);
      expect(firstFew.counts).toEqual(every.counts);
      expect(firstFew.unchecked.length).toBeLessThanOrEqual(4 * Math.max(1, limit));
      expect(buildDigest(firstFew, details, { limit, timeZone: 'UTC' })).toEqual(buildDigest(every, details, { limit, timeZone: 'UTC' }));
    }
  });
});

