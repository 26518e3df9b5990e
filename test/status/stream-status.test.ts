import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importStreams } from '../../src/registry/import-streams.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { markGoneFromOrg, markSeenInOrg } from '../../src/registry/org-streams.js';
import { recordReview } from '../../src/registry/record-review.js';
import { snoozeStream } from '../../src/registry/snoozes.js';
import { recordRun } from '../../src/registry/stream-runs.js';
import { storedPrint } from '../../src/registry/streams.js';
import { statusLines } from '../../src/status/status-lines.js';
import { streamStatus } from '../../src/status/stream-status.js';
import { result, stream, tempDir } from '../registry/helpers.js';

const asOf = new Date('2026-12-03T12:00:00Z');
const plain = { text: (s: string) => s, who: (s: string) => `@${s}` };

describe('streamStatus', () => {
  it('puts the review state and the latest run health of one stream together', () => {
    const db = openRegistry(join(tempDir(), 'advisor.db'));
    const orders = stream('Orders', { schedule: 'hourly' });
    importStreams(db, [orders, stream('Old feed', { schedule: 'hourly' })]);
    recordReview(db, orders, result('Orders', 'ship'), { by: 'ana', via: 'cli', at: new Date('2026-12-01T09:00:00Z') });
    const id = (name: string) => storedPrint(db, name)!.id;
    db.transaction(() => {
      recordRun(db, id('Orders'), { refreshedAt: new Date('2026-12-03T11:30:00Z'), status: 'SUCCESS', rowsAdded: 1_250, errorCode: null }, 0);
      recordRun(db, id('Old feed'), { refreshedAt: new Date('2026-11-03T11:30:00Z'), status: 'FAILURE', rowsAdded: 0, errorCode: 'AUTH_FAILED' }, 0);
      markSeenInOrg(db, id('Old feed'), 1);
      markGoneFromOrg(db, new Set(), Date.parse('2026-12-02T00:00:00Z'));
    })();
    snoozeStream(db, 'Orders', { until: new Date('2099-01-01T00:00:00Z'), reason: 'migrating', by: 'ana' });

    const orderStatus = streamStatus(db, 'orders', asOf, 90)!;
    expect(orderStatus).toMatchObject({ name: 'Orders', state: 'checked', notLanding: null });
    expect(statusLines(orderStatus, plain)).toEqual({
      review: 'Checked: ship review on 2026-12-01 by @ana (cli).',
      health: 'Landing: last run SUCCESS at 2026-12-03 11:30 UTC, 1,250 rows added.',
      notes: ['Snoozed from the digest until 2099-01-01.'],
    });
    const gone = streamStatus(db, 'Old feed', asOf, 90)!;
    expect(gone.notLanding).toBeNull();
    expect(statusLines(gone, plain)).toEqual({
      review: `Never reviewed (in the registry since ${gone.createdAt.toISOString().slice(0, 10)}).`,
      health: 'Last run FAILURE at 2026-11-03 11:30 UTC, 0 rows added, AUTH_FAILED.',
      notes: ['Gone from the org since 2026-12-02; kept in the registry, left out of the digest.'],
    });
    expect(streamStatus(db, 'Nope', asOf, 90)).toBeNull();
    db.close();
  });
});
