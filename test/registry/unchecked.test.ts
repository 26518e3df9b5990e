import { expect, it } from 'vitest';
import { importStreams } from '../../src/registry/import-streams.js';
import { recordReview } from '../../src/registry/record-review.js';
import { snoozeStream } from '../../src/registry/snoozes.js';
import { findUnchecked } from '../../src/registry/unchecked.js';
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
});
