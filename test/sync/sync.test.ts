import { afterEach, beforeEach, expect, it } from 'vitest';
import { salesforceConfig } from '../../src/config/salesforce-config.js';
import { findNotLanding } from '../../src/landing/not-landing.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { listStreams } from '../../src/registry/list-streams.js';
import type { RegistryDb } from '../../src/registry/registry-db.js';
import { describeEngines } from '../support/engines.js';
import { recordReview } from '../../src/registry/record-review.js';
import { lastSync } from '../../src/registry/sync-log.js';
import { OrgUnavailableError } from '../../src/salesforce/org-errors.js';
import { openOrgSession } from '../../src/salesforce/org-session.js';
import { DATA_STREAM_SOQL } from '../../src/sync/soql-streams.js';
import { runSync, type SyncResult } from '../../src/sync/run-sync.js';
import { count, result, tempDir } from '../registry/helpers.js';
import { FakeSalesforce } from './support/fake-salesforce.js';
import { connectStream, dataStreamRecord } from './support/org-records.js';

let org: FakeSalesforce;

beforeEach(async () => {
  org = await new FakeSalesforce().start();
});

afterEach(async () => {
  await org.stop();
});

describeEngines('streams sync', (engine) => {
  let db: RegistryDb;

  beforeEach(async () => {
    db = (await engine.open()).db;
  });

  const sync = (options: { dryRun?: boolean; at?: string } = {}): Promise<SyncResult> =>
    runSync(db, () => openOrgSession(salesforceConfig(org.env()), { cwd: tempDir(), retry: { retries: 2, firstDelayMs: 10 } }), {
      dryRun: options.dryRun ?? false,
      now: () => new Date(options.at ?? '2026-12-03T06:30:00Z'),
    });

  const described = async (name: string) => (await listStreams(db, new Date('2026-12-03T12:00:00Z'), 90, true)).find((s) => s.stream === name);

  it('follows nextPageUrl and nextRecordsUrl to the end, and maps each stream onto the review keys', async () => {
    org.pageSize = 2;
    org.streams = ['Web_orders', 'Accounts', 'Cart_events', 'Leads', 'Beacons'].map((name) => connectStream(name));
    org.streams[1] = connectStream('Accounts', {
      connectorInfo: { connectorType: 'SalesforceDotCom' },
      dataLakeObjectInfo: { category: 'PROFILE' },
      refreshConfig: { refreshMode: 'FULL_REFRESH', frequency: { frequencyType: 'MINUTES_15' } },
    });
    org.records = ['Web_orders', 'Accounts', 'Cart_events', 'Leads', 'Beacons'].map((name) => dataStreamRecord(name));
    const first = await sync();
    expect(first).toMatchObject({ total: 5, added: ['Accounts', 'Beacons', 'Cart_events', 'Leads', 'Web_orders'], changed: [], removed: [], runsRecorded: 5, notes: [] });
    expect(org.callsTo('streams').map((c) => c.path)).toEqual([
      '/services/data/v64.0/ssot/data-streams',
      '/services/data/v64.0/ssot/data-streams?offset=2&batchSize=2',
      '/services/data/v64.0/ssot/data-streams?offset=4&batchSize=2',
    ]);
    expect(org.callsTo('query').map((c) => c.path)).toEqual([
      `/services/data/v64.0/query?q=${encodeURIComponent(DATA_STREAM_SOQL)}`,
      '/services/data/v64.0/query/01gFAKE-2',
      '/services/data/v64.0/query/01gFAKE-4',
    ]);
    expect((await described('Web_orders'))!.description).toEqual({ name: 'Web_orders', connector: 's3', category: 'engagement', eventTimeField: 'ordered_at', refreshMode: 'upsert', schedule: 'hourly' });
    expect((await described('Accounts'))!.description).toEqual({ name: 'Accounts', connector: 'salesforce-crm', category: 'profile', refreshMode: 'full-refresh', schedule: '15min' });
    expect((await described('Web_orders'))!.health).toEqual({ lastRefresh: '2026-12-03T06:00:00.000Z', lastRunStatus: 'SUCCESS', rowsAdded: 5000, errorCode: null });
    expect(await lastSync(db)).toMatchObject({ outcome: 'ok', detail: '5 data streams: 5 added, 0 changed, 0 unchanged, 0 removed; 0 not landing' });
  });

  it('keeps an unknown connector type as the source system and shows unknown values without failing', async () => {
    org.streams = [
      connectStream('Sftp_feed', { connectorInfo: { connectorType: 'SftpConnector' }, refreshConfig: { refreshMode: 'SNAPSHOT_MERGE', frequency: { frequencyType: 'EVERY_FULL_MOON' } }, dataLakeObjectInfo: { category: 'Telemetry' } }),
    ];
    org.records = [dataStreamRecord('Sftp_feed', { ImportRunStatus: 'PARTIALLY_DONE', RefreshMode: 'SNAPSHOT_MERGE', RefreshFrequency: 'EVERY_FULL_MOON' })];
    const outcome = await sync();
    expect((await described('Sftp_feed'))!.description).toEqual({ name: 'Sftp_feed', connector: 'other', sourceSystem: 'SftpConnector' });
    expect(outcome.unknown).toEqual([
      { stream: 'Sftp_feed', field: 'connectorType', value: 'SftpConnector' },
      { stream: 'Sftp_feed', field: 'category', value: 'Telemetry' },
      { stream: 'Sftp_feed', field: 'refreshMode', value: 'SNAPSHOT_MERGE' },
      { stream: 'Sftp_feed', field: 'frequency', value: 'EVERY_FULL_MOON' },
    ]);
    expect((await described('Sftp_feed'))!.health).toMatchObject({ lastRunStatus: 'PARTIALLY_DONE' });
  });

  it('keeps what the org cannot tell from the stored description, and a changed description needs a new review', async () => {
    await importStreams(db, [{ name: 'Web_orders', connector: 'ingestion-api', apiPattern: 'streaming', category: 'engagement', refreshMode: 'upsert', owner: 'web-team', decisionFreshness: 'hourly', alerting: true, uses: ['activation'], schedule: 'hourly' } as never]);
    org.streams = [connectStream('Web_orders', { connectorInfo: { connectorType: 'IngestApi' } })];
    org.records = [dataStreamRecord('Web_orders')];
    const reviewed = (await described('Web_orders'))!.description;
    expect((await sync()).changed).toEqual(['Web_orders']);
    const synced = (await described('Web_orders'))!;
    expect(synced.description).toEqual({ ...reviewed, eventTimeField: 'ordered_at' });
    await recordReview(db, synced.description as never, result('Web_orders', 'ship'), { by: 'ana', via: 'cli', at: new Date('2026-12-03T12:00:00Z') });
    expect((await described('Web_orders'))!.state).toBe('checked');
    org.streams = [connectStream('Web_orders', { connectorInfo: { connectorType: 'IngestApi' }, refreshConfig: { refreshMode: 'FULL_REFRESH', frequency: { frequencyType: 'HOURLY' } } })];
    expect((await sync()).changed).toEqual(['Web_orders']);
    expect((await described('Web_orders'))).toMatchObject({ state: 'changed-since-review', owner: 'web-team' });
  });

  it('marks a stream gone from the org removed, never deletes it, and brings it back when it returns', async () => {
    await importStreams(db, [{ name: 'Kept as code', connector: 's3', category: 'profile', refreshMode: 'upsert' } as never]);
    org.streams = [connectStream('Orders'), connectStream('Old_feed')];
    org.records = [dataStreamRecord('Orders'), dataStreamRecord('Old_feed')];
    await sync();
    org.streams = [connectStream('Orders')];
    org.records = [dataStreamRecord('Orders')];
    const second = await sync({ at: '2026-12-04T12:00:00Z' });
    expect(second.removed).toEqual(['Old_feed']);
    expect((await described('Old_feed'))).toMatchObject({ removedAt: '2026-12-04T12:00:00.000Z', health: { rowsAdded: 5000 } });
    expect((await described('Kept as code'))!.removedAt).toBeNull();
    expect((await listStreams(db, new Date(), 90)).map((s) => s.stream)).toEqual(['Kept as code', 'Orders']);
    org.streams = [connectStream('Orders'), connectStream('Old_feed')];
    const third = await sync({ at: '2026-12-05T12:00:00Z' });
    expect(third).toMatchObject({ restored: ['Old_feed'], removed: [] });
    expect((await described('Old_feed'))!.removedAt).toBeNull();
  });

  it('records each distinct run once, and finds empty runs after rows across syncs', async () => {
    org.streams = [connectStream('Orders', { refreshConfig: { refreshMode: 'UPSERT', frequency: { frequencyType: 'DAILY' } } })];
    const at = (iso: string, rows: number) => [dataStreamRecord('Orders', { LastRefreshDate: iso, LastNumberOfRowsAddedCount: rows })];
    org.records = at('2026-12-01T06:00:00.000+0000', 5000);
    expect((await sync()).runsRecorded).toBe(1);
    expect((await sync()).runsRecorded).toBe(0);
    org.records = at('2026-12-02T06:00:00.000+0000', 0);
    await sync();
    org.records = at('2026-12-03T06:00:00.000+0000', 0);
    const third = await sync();
    expect(third.notLanding.map((s) => [s.name, s.reason, s.line])).toEqual([['Orders', 'no-new-rows', '0 rows in the last 2 runs, 5,000 before (last run 2026-12-03 06:00 UTC).']]);
    expect(await count(db, 'stream_runs')).toBe(3);
  });

  it('keeps a failure from either source as the run status', async () => {
    org.streams = [connectStream('Orders', { lastRunStatus: 'FAILED' })];
    org.records = [dataStreamRecord('Orders', { ImportRunStatus: 'SUCCESS', LastDataChangeStatusErrorCode: 'AUTH_FAILED' })];
    const outcome = await sync();
    expect(outcome.notLanding.map((s) => [s.reason, s.line])).toEqual([['last-run-failed', 'Last run FAILED, AUTH_FAILED (2026-12-03 06:00 UTC).']]);
  });

  it('changes nothing on a dry run, and says what a sync would do', async () => {
    org.streams = [connectStream('Orders'), connectStream('Carts', { lastRunStatus: 'FAILURE' })];
    org.records = [dataStreamRecord('Orders'), dataStreamRecord('Carts')];
    const before = await count(db, 'streams');
    const dry = await sync({ dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, added: ['Carts', 'Orders'], runsRecorded: 2 });
    expect(dry.notLanding.map((s) => s.name)).toEqual(['Carts']);
    expect(await count(db, 'streams')).toBe(before);
    expect(await count(db, 'stream_runs')).toBe(0);
    expect(await lastSync(db)).toBeNull();
  });

  it('writes nothing when a page is malformed, and logs the failed sync', async () => {
    org.pageSize = 1;
    org.streams = [connectStream('Orders'), connectStream('Carts')];
    org.records = [dataStreamRecord('Orders')];
    org.script('streams', { status: 200, body: { dataStreams: [connectStream('Orders')], nextPageUrl: '/services/data/v64.0/ssot/data-streams?offset=1' } }, { status: 200, raw: '<html>Service Unavailable</html>' });
    const failure = await sync().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OrgUnavailableError);
    expect((failure as Error).message).toMatch(/GET \/services\/data\/v64\.0\/ssot\/data-streams with a body that is not a page of data streams/);
    expect(await count(db, 'streams')).toBe(0);
    expect(await lastSync(db)).toMatchObject({ outcome: 'failed' });
  });

  it('goes on with run health alone when the Connect API answers 403, and says so once', async () => {
    org.script('streams', { status: 403, body: [{ errorCode: 'FORBIDDEN', message: 'You do not have access to Data Cloud' }] });
    org.records = [dataStreamRecord('Orders', { RefreshMode: 'FULL_REFRESH', RefreshFrequency: 'DAILY' })];
    const outcome = await sync();
    expect(outcome.notes).toEqual([expect.stringMatching(/^The Connect API's data streams resource was not available \(HTTP 403, FORBIDDEN: You do not have access to Data Cloud\)/)]);
    expect((await described('Orders'))!.description).toEqual({ name: 'Orders', refreshMode: 'full-refresh', schedule: 'daily' });
    expect(await findNotLanding(db, new Date('2026-12-03T12:00:00Z'))).toEqual([]);
  });

  it('refuses with a clear message when the org has neither source', async () => {
    org.script('streams', { status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] });
    org.script('query', { status: 400, body: [{ errorCode: 'INVALID_TYPE', message: "sObject type 'DataStream' is not supported." }] });
    await expect(sync()).rejects.toThrow(/neither the Data 360 data streams resource \(HTTP 404, NOT_FOUND.*\) nor the DataStream object \(HTTP 400, INVALID_TYPE: sObject type 'DataStream' is not supported\.\)/);
  });
});
