import { expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { snoozeStream } from '../../src/registry/snoozes.js';
import { describeEngines } from '../support/engines.js';
import { count, DAY, stream } from './helpers.js';

describeEngines('snoozeStream', (engine) => {
  it('stores the snooze with its reason and who snoozed it', async () => {
    const { db } = await engine.open();
    await importStreams(db, [stream('A')]);
    const now = new Date('2026-11-25T09:00:00Z');
    await snoozeStream(db, 'A', { until: new Date(now.getTime() + DAY), reason: ' decommissioned Friday ', by: 'U7', at: now });
    expect(await db.selectFrom('snoozes').select(['until', 'reason', 'by']).execute()).toEqual([{ until: now.getTime() + DAY, reason: 'decommissioned Friday', by: 'U7' }]);
  });

  it('refuses an unknown stream, a missing reason and an end in the past, writing nothing', async () => {
    const { db } = await engine.open();
    await importStreams(db, [stream('A')]);
    const now = new Date();
    const tomorrow = new Date(now.getTime() + DAY);
    await expect(snoozeStream(db, 'Nope', { until: tomorrow, reason: 'r', by: 'U' })).rejects.toThrow(/No stream named "Nope"/);
    await expect(snoozeStream(db, 'A', { until: tomorrow, reason: ' ', by: 'U' })).rejects.toThrow(InputError);
    await expect(snoozeStream(db, 'A', { until: new Date(now.getTime() - 1), reason: 'r', by: 'U', at: now })).rejects.toThrow(/future/);
    expect(await count(db, 'snoozes')).toBe(0);
  });
});
