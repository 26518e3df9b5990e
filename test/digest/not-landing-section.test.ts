import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import type { DigestDetails } from '../../src/digest/lines.js';
import { isEmptyDigest } from '../../src/digest/model.js';
import { renderDigestText } from '../../src/digest/render-text.js';
import type { NotLandingStream } from '../../src/landing/not-landing.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { markGoneFromOrg, markSeenInOrg } from '../../src/registry/org-streams.js';
import { recordRun } from '../../src/registry/stream-runs.js';
import { countByReason, type UncheckedReport, type UncheckedStream } from '../../src/registry/unchecked.js';
import { runInProcess } from '../cli/run-in-process.js';
import { stream, tempDir, usingRegistry } from '../registry/helpers.js';

const asOf = new Date('2026-12-03T12:00:00Z');
const details: DigestDetails = { problemRules: () => [], changedKeys: () => [] };
const empty: UncheckedReport = { asOf, total: 3, snoozed: 0, counts: countByReason([]), unchecked: [] };

function notLanding(name: string, reason: NotLandingStream['reason'], line: string): NotLandingStream {
  const latest = { refreshedAt: new Date('2026-12-03T06:00:00Z'), status: 'FAILURE', rowsAdded: 0, errorCode: 'AUTH_FAILED' };
  return { name, connector: 's3', owner: null, reason, finding: { reason: 'last-run-failed' }, latest, line, ask: 'gotchas#silent-auth-loss' };
}

describe('the digest with streams not landing', () => {
  it('is worth posting with nothing unchecked when something is not landing, and not otherwise', () => {
    const digest = buildDigest(empty, details, { limit: 20, timeZone: 'UTC' }, [notLanding('Orders', 'last-run-failed', 'Last run FAILURE, AUTH_FAILED.')]);
    expect(isEmptyDigest(digest)).toBe(false);
    expect(isEmptyDigest(buildDigest(empty, details, { limit: 20, timeZone: 'UTC' }))).toBe(true);
  });

  it('shows the not-landing streams above the unchecked ones, and they take the limit first', () => {
    const unchecked: UncheckedStream[] = [{ streamId: 9, name: 'Leads', connector: 'salesforce-crm', owner: 'crm', createdAt: asOf.getTime(), latest: null, reason: 'never-reviewed', snoozedUntil: null, removedAt: null }];
    const report: UncheckedReport = { ...empty, counts: countByReason(unchecked), unchecked };
    const streams = [notLanding('Orders', 'last-run-failed', 'Last run FAILURE, AUTH_FAILED.'), notLanding('Carts', 'no-new-rows', '0 rows in the last 2 runs, 10 before.')];
    const cut = buildDigest(report, details, { limit: 1, timeZone: 'UTC' }, streams);
    expect(cut.notLanding).toMatchObject({ count: 2, more: 1, entries: [{ stream: 'Orders', ask: 'gotchas#silent-auth-loss' }] });
    expect(cut.groups[0]).toMatchObject({ count: 1, entries: [], more: 1 });
    const text = renderDigestText(buildDigest(report, details, { limit: 20, timeZone: 'UTC' }, streams));
    expect(text).toBe(
      [
        '1 of 3 streams unchecked, as of 2026-12-03 12:00 UTC.',
        '',
        'Not landing (2)',
        '  - Orders (s3, no owner): Last run FAILURE, AUTH_FAILED.',
        '  - Carts (s3, no owner): 0 rows in the last 2 runs, 10 before.',
        '',
        'Never reviewed (1)',
        '  - Leads (salesforce-crm, owner crm): Never reviewed (in the registry since 2026-12-03).',
        '',
      ].join('\n'),
    );
  });
});

describe('digest --json and removed streams', () => {
  it('lists notLanding worst first, and leaves a stream gone from the org out of every part of the digest', async () => {
    const cwd = tempDir();
    await usingRegistry(join(cwd, 'advisor.db'), async (db) => {
      await importStreams(db, [stream('Orders', { schedule: 'hourly' }), stream('Old feed', { schedule: 'hourly' }), stream('Carts', { schedule: 'daily' })]);
      const ids = new Map((await db.selectFrom('streams').select(['name', 'id']).execute()).map((row) => [row.name, row.id]));
      const id = (name: string) => ids.get(name)!;
      const at = (iso: string, rowsAdded: number, status = 'SUCCESS', errorCode: string | null = null) => ({ refreshedAt: new Date(iso), status, rowsAdded, errorCode });
      await recordRun(db, id('Orders'), at('2026-12-03T06:00:00Z', 0, 'FAILURE', 'AUTH_FAILED'), 0);
      await recordRun(db, id('Old feed'), at('2026-11-01T06:00:00Z', 3), 0);
      await recordRun(db, id('Carts'), at('2026-12-01T06:00:00Z', 5_000), 0);
      await recordRun(db, id('Carts'), at('2026-12-02T06:00:00Z', 0), 0);
      await recordRun(db, id('Carts'), at('2026-12-03T06:00:00Z', 0), 0);
      await markSeenInOrg(db, ['Orders', 'Old feed', 'Carts'].map(id), 1);
      await markGoneFromOrg(db, new Set([id('Orders'), id('Carts')]), 2);
    });
    const result = await runInProcess(['digest', '--json', '--now', '2026-12-03T12:00:00Z'], { cwd, env: { INGEST_ADVISOR_DB: 'advisor.db' } });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.total).toBe(2);
    expect(json.unchecked.map((u: { stream: string }) => u.stream)).toEqual(['Carts', 'Orders']);
    expect(json.notLanding).toEqual([
      { stream: 'Orders', reason: 'last-run-failed', lastRefresh: '2026-12-03T06:00:00.000Z', lastRunStatus: 'FAILURE', rowsAdded: 0, errorCode: 'AUTH_FAILED' },
      { stream: 'Carts', reason: 'no-new-rows', lastRefresh: '2026-12-03T06:00:00.000Z', lastRunStatus: 'SUCCESS', rowsAdded: 0, errorCode: null },
    ]);
    const all = JSON.parse((await runInProcess(['streams', 'list', '--all', '--json'], { cwd, env: { INGEST_ADVISOR_DB: 'advisor.db' } })).stdout);
    expect(all.streams.find((s: { stream: string }) => s.stream === 'Old feed')).toMatchObject({ removedAt: '1970-01-01T00:00:00.002Z', health: { lastRefresh: '2026-11-01T06:00:00.000Z', rowsAdded: 3 } });
    const active = JSON.parse((await runInProcess(['streams', 'list', '--json'], { cwd, env: { INGEST_ADVISOR_DB: 'advisor.db' } })).stdout);
    expect(active.streams.map((s: { stream: string }) => s.stream)).toEqual(['Carts', 'Orders']);
  });
});
