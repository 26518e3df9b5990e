import { expect, it } from 'vitest';
import { findNotLanding, notLandingJson } from '../../src/landing/not-landing.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { markGoneFromOrg, markSeenInOrg } from '../../src/registry/org-streams.js';
import type { RegistryDb } from '../../src/registry/registry-db.js';
import { snoozeStream } from '../../src/registry/snoozes.js';
import { recordRun } from '../../src/registry/stream-runs.js';
import { storedPrint } from '../../src/registry/streams.js';
import { describeEngines } from '../support/engines.js';
import { count, stream } from '../registry/helpers.js';

const asOf = new Date('2026-12-03T12:00:00Z');
const HOUR = 3_600_000;

async function runs(db: RegistryDb, name: string, history: Array<[hoursAgo: number, rows: number | null, status?: string, code?: string]>): Promise<void> {
  const id = (await storedPrint(db, name))!.id;
  await db.transaction().execute(async (trx) => {
    for (const [hoursAgo, rowsAdded, status = 'SUCCESS', errorCode = null] of history) {
      await recordRun(trx, id, { refreshedAt: new Date(asOf.getTime() - hoursAgo * HOUR), status, rowsAdded, errorCode }, asOf.getTime());
    }
  });
}

describeEngines('findNotLanding', (engine) => {
  it('lists the streams not landing worst reason first, then by name, with what was seen', async () => {
    const { db } = await engine.open();
    await importStreams(db, [
      stream('web orders', { schedule: 'hourly' }),
      stream('Cart events', { schedule: 'daily' }),
      stream('Accounts', { schedule: 'hourly' }),
      stream('Beacons', { schedule: 'hourly' }),
      stream('Fine', { schedule: 'hourly' }),
      stream('Never synced', { schedule: 'hourly' }),
    ]);
    await runs(db, 'web orders', [[6, 0, 'FAILURE', 'AUTH_FAILED']]);
    await runs(db, 'Cart events', [[1, 0], [25, 0], [49, 5_000]]);
    await runs(db, 'Accounts', [[5, 120]]);
    await runs(db, 'Beacons', [[3, 1]]);
    await runs(db, 'Fine', [[1, 0], [2, 10]]);
    const found = await findNotLanding(db, asOf);
    expect(found.map((s) => [s.name, s.reason])).toEqual([
      ['web orders', 'last-run-failed'],
      ['Accounts', 'overdue'],
      ['Beacons', 'overdue'],
      ['Cart events', 'no-new-rows'],
    ]);
    expect(found[0]!.line).toBe('Last run FAILURE, AUTH_FAILED (2026-12-03 06:00 UTC).');
    expect(found[0]!.ask).toBe('gotchas#silent-auth-loss');
    expect(found[1]!.line).toBe('No refresh for 5 h on an hourly schedule (last run 2026-12-03 07:00 UTC).');
    expect(found[3]!.line).toBe('0 rows in the last 2 runs, 5,000 before (last run 2026-12-03 11:00 UTC).');
    expect(notLandingJson(found[0]!)).toEqual({ stream: 'web orders', reason: 'last-run-failed', lastRefresh: '2026-12-03T06:00:00.000Z', lastRunStatus: 'FAILURE', rowsAdded: 0, errorCode: 'AUTH_FAILED' });
  });

  it('leaves out streams gone from the org, but not snoozed ones: a snooze is about the review, an outage is news', async () => {
    const { db } = await engine.open();
    await importStreams(db, [stream('Gone', { schedule: 'hourly' }), stream('Snoozed', { schedule: 'hourly' })]);
    await runs(db, 'Gone', [[10, 5]]);
    await runs(db, 'Snoozed', [[10, 5]]);
    await snoozeStream(db, 'Snoozed', { until: new Date(Date.now() + 7 * 24 * HOUR), reason: 'migrating', by: 'ana' });
    const gone = (await storedPrint(db, 'Gone'))!.id;
    await db.transaction().execute(async (trx) => {
      await markSeenInOrg(trx, [gone], 1);
      expect(await markGoneFromOrg(trx, new Set(), 2)).toEqual(['Gone']);
    });
    expect((await findNotLanding(db, asOf)).map((s) => s.name)).toEqual(['Snoozed']);
  });
});

describeEngines('recordRun', (engine) => {
  it('stores a run once per refresh time, and updates it when the same run is seen with other values', async () => {
    const { db } = await engine.open();
    await importStreams(db, [stream('Orders')]);
    const id = (await storedPrint(db, 'Orders'))!.id;
    const refreshedAt = new Date('2026-12-03T06:00:00Z');
    const seen = (status: string, rowsAdded: number | null) => recordRun(db, id, { refreshedAt, status, rowsAdded, errorCode: null }, asOf.getTime());
    expect(await seen('SUCCESS', 10)).toBe('new');
    expect(await seen('SUCCESS', 10)).toBe('unchanged');
    expect(await seen('FAILURE', 10)).toBe('updated');
    expect(await seen('FAILURE', null)).toBe('updated');
    expect(await seen('FAILURE', null)).toBe('unchanged');
    expect(await count(db, 'stream_runs')).toBe(1);
  });
});
