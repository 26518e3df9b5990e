import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNotLanding, notLandingJson } from '../../src/landing/not-landing.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { openRegistry, type RegistryDb } from '../../src/registry/open-registry.js';
import { markGoneFromOrg, markSeenInOrg } from '../../src/registry/org-streams.js';
import { snoozeStream } from '../../src/registry/snoozes.js';
import { recordRun } from '../../src/registry/stream-runs.js';
import { storedPrint } from '../../src/registry/streams.js';
import { stream, tempDir } from '../registry/helpers.js';

const asOf = new Date('2026-12-03T12:00:00Z');
const HOUR = 3_600_000;

function registry(): RegistryDb {
  return openRegistry(join(tempDir(), 'advisor.db'));
}

function runs(db: RegistryDb, name: string, history: Array<[hoursAgo: number, rows: number | null, status?: string, code?: string]>): void {
  const id = storedPrint(db, name)!.id;
  db.transaction(() => {
    for (const [hoursAgo, rowsAdded, status = 'SUCCESS', errorCode = null] of history) {
      recordRun(db, id, { refreshedAt: new Date(asOf.getTime() - hoursAgo * HOUR), status, rowsAdded, errorCode }, asOf.getTime());
    }
  })();
}

describe('findNotLanding', () => {
  it('lists the streams not landing worst reason first, then by name, with what was seen', () => {
    const db = registry();
    importStreams(db, [
      stream('web orders', { schedule: 'hourly' }),
      stream('Cart events', { schedule: 'daily' }),
      stream('Accounts', { schedule: 'hourly' }),
      stream('Beacons', { schedule: 'hourly' }),
      stream('Fine', { schedule: 'hourly' }),
      stream('Never synced', { schedule: 'hourly' }),
    ]);
    runs(db, 'web orders', [[6, 0, 'FAILURE', 'AUTH_FAILED']]);
    runs(db, 'Cart events', [[1, 0], [25, 0], [49, 5_000]]);
    runs(db, 'Accounts', [[5, 120]]);
    runs(db, 'Beacons', [[3, 1]]);
    runs(db, 'Fine', [[1, 0], [2, 10]]);
    const found = findNotLanding(db, asOf);
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
    db.close();
  });

  it('leaves out streams gone from the org, but not snoozed ones: a snooze is about the review, an outage is news', () => {
    const db = registry();
    importStreams(db, [stream('Gone', { schedule: 'hourly' }), stream('Snoozed', { schedule: 'hourly' })]);
    runs(db, 'Gone', [[10, 5]]);
    runs(db, 'Snoozed', [[10, 5]]);
    snoozeStream(db, 'Snoozed', { until: new Date(Date.now() + 7 * 24 * HOUR), reason: 'migrating', by: 'ana' });
    const gone = storedPrint(db, 'Gone')!.id;
    db.transaction(() => {
      markSeenInOrg(db, gone, 1);
      expect(markGoneFromOrg(db, new Set(), 2)).toEqual(['Gone']);
    })();
    expect(findNotLanding(db, asOf).map((s) => s.name)).toEqual(['Snoozed']);
    db.close();
  });
});

describe('recordRun', () => {
  it('stores a run once per refresh time, and updates it when the same run is seen with other values', () => {
    const db = registry();
    importStreams(db, [stream('Orders')]);
    const id = storedPrint(db, 'Orders')!.id;
    const refreshedAt = new Date('2026-12-03T06:00:00Z');
    const seen = (status: string, rowsAdded: number) => db.transaction(() => recordRun(db, id, { refreshedAt, status, rowsAdded, errorCode: null }, asOf.getTime()))();
    expect(seen('SUCCESS', 10)).toBe('new');
    expect(seen('SUCCESS', 10)).toBe('unchanged');
    expect(seen('FAILURE', 10)).toBe('updated');
    expect(db.prepare('SELECT count(*) FROM stream_runs').pluck().get()).toBe(1);
    db.close();
  });
});
