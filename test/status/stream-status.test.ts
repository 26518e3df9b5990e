import { expect, it } from 'vitest';
import { importStreams } from '../../src/registry/import-streams.js';
import { markGoneFromOrg, markSeenInOrg } from '../../src/registry/org-streams.js';
import { recordReview } from '../../src/registry/record-review.js';
import { snoozeStream } from '../../src/registry/snoozes.js';
import { recordRun } from '../../src/registry/stream-runs.js';
import { storedPrint } from '../../src/registry/streams.js';
import { statusLines } from '../../src/status/status-lines.js';
import { streamStatus } from '../../src/status/stream-status.js';
import { describeEngines } from '../support/engines.js';
import { result, stream } from '../registry/helpers.js';

const asOf = new Date('2026-12-03T12:00:00Z');
const plain = { text: (s: string) => s, who: (s: string) => `@${s}` };

describeEngines('streamStatus', (engine) => {
  it('puts the review state and the latest run health of one stream together', async () => {
    const { db } = await engine.open();
    const orders = stream('Orders', { schedule: 'hourly' });
    await importStreams(db, [orders, stream('Old feed', { schedule: 'hourly' })]);
    await recordReview(db, orders, result('Orders', 'ship'), { by: 'ana', via: 'cli', at: new Date('2026-12-01T09:00:00Z') });
    const id = async (name: string) => (await storedPrint(db, name))!.id;
    await recordRun(db, await id('Orders'), { refreshedAt: new Date('2026-12-03T11:30:00Z'), status: 'SUCCESS', rowsAdded: 1_250, errorCode: null }, 0);
    await recordRun(db, await id('Old feed'), { refreshedAt: new Date('2026-11-03T11:30:00Z'), status: 'FAILURE', rowsAdded: 0, errorCode: 'AUTH_FAILED' }, 0);
    await markSeenInOrg(db, [await id('Old feed')], 1);
    await markGoneFromOrg(db, new Set(), Date.parse('2026-12-02T00:00:00Z'));
    await snoozeStream(db, 'Orders', { until: new Date('2099-01-01T00:00:00Z'), reason: 'migrating', by: 'ana' });

    const orderStatus = (await streamStatus(db, 'orders', asOf, 90))!;
    expect(orderStatus).toMatchObject({ name: 'Orders', state: 'checked', notLanding: null });
    expect(statusLines(orderStatus, plain)).toEqual({
      review: 'Checked: ship review on 2026-12-01 by @ana (cli).',
      health: 'Landing: last run SUCCESS at 2026-12-03 11:30 UTC, 1,250 rows added.',
      notes: ['Snoozed from the digest until 2099-01-01.'],
    });
    const gone = (await streamStatus(db, 'Old feed', asOf, 90))!;
    expect(gone.notLanding).toBeNull();
    expect(statusLines(gone, plain)).toEqual({
      review: `Never reviewed (in the registry since ${gone.createdAt.toISOString().slice(0, 10)}).`,
      health: 'Last run FAILURE at 2026-11-03 11:30 UTC, 0 rows added, AUTH_FAILED.',
      notes: ['Gone from the org since 2026-12-02; kept in the registry, left out of the digest.'],
    });
    expect(await streamStatus(db, 'Nope', asOf, 90)).toBeNull();
  });
});
