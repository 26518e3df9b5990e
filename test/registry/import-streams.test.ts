import { expect, it } from 'vitest';
import { importStreams, StreamImport } from '../../src/registry/import-streams.js';
import { prepareStream } from '../../src/registry/streams.js';
import type { RegistryDb } from '../../src/registry/registry-db.js';
import { describeEngines } from '../support/engines.js';
import { count, stream } from './helpers.js';

const byName = (db: RegistryDb) => db.selectFrom('streams').select(['name', 'description']).orderBy('name').execute();

describeEngines('importStreams', (engine) => {
  it('adds new streams, updates changed ones and leaves equivalent ones alone', async () => {
    const { db } = await engine.open();
    const first = await importStreams(db, [stream('A', { uses: ['x', 'y'] }), stream('B')], new Date(1000));
    expect(first).toEqual({ total: 2, new: 2, changed: 0, unchanged: 0 });
    const second = await importStreams(db, [stream('A', { uses: ['y', 'x'] }), stream('B', { schedule: 'daily' }), stream('C')], new Date(2000));
    expect(second).toEqual({ total: 3, new: 1, changed: 1, unchanged: 1 });
    const rows = await db.selectFrom('streams').select(['name', 'updated_at', 'created_at']).orderBy('name').execute();
    expect(rows).toEqual([
      { name: 'A', updated_at: 1000, created_at: 1000 },
      { name: 'B', updated_at: 2000, created_at: 1000 },
      { name: 'C', updated_at: 2000, created_at: 2000 },
    ]);
    expect(JSON.parse((await byName(db))[1]!.description)).toMatchObject({ schedule: 'daily' });
  });

  it('writes nothing when a piece fails after others were written in the same transaction', async () => {
    const { db } = await engine.open();
    await importStreams(db, [stream('Kept', { schedule: 'daily' })]);
    // A BigInt cannot be serialised: the second piece throws after the first was written.
    const failing = db.transaction().execute(async (trx) => {
      const run = await StreamImport.begin(trx);
      await run.add([stream('New 1'), stream('Kept', { schedule: 'hourly' })]);
      expect(await run.result()).toMatchObject({ new: 1, changed: 1 });
      expect(await count(trx, 'streams')).toBe(2);
      await run.add([stream('Bad', { sourceRows: 10n })]);
    });
    await expect(failing).rejects.toThrow();
    const rows = await byName(db);
    expect(rows.map((r) => r.name)).toEqual(['Kept']);
    expect(JSON.parse(rows[0]!.description)).toMatchObject({ schedule: 'daily' });
  });

  it('takes a name given twice in one import as a change to the first', async () => {
    const { db } = await engine.open();
    expect(await importStreams(db, [stream('A'), stream('A', { schedule: 'daily' }), stream('A', { schedule: 'daily' })])).toEqual({ total: 3, new: 1, changed: 1, unchanged: 1 });
    expect(JSON.parse((await byName(db))[0]!.description)).toMatchObject({ schedule: 'daily' });
  });

  it('writes many streams in pieces larger than one statement holds', async () => {
    const { db } = await engine.open();
    const streams = Array.from({ length: 1_234 }, (_, i) => stream(`S${i}`, { sourceRows: i }));
    expect(await importStreams(db, streams)).toEqual({ total: 1_234, new: 1_234, changed: 0, unchanged: 0 });
    expect(await importStreams(db, streams.map((s, i) => (i % 2 === 0 ? { ...s, sourceRows: -1 } : s)))).toEqual({ total: 1_234, new: 0, changed: 617, unchanged: 617 });
    expect(await count(db, 'streams')).toBe(1_234);
  });

  it('shows another connection nothing of an import until it commits, and nothing after a rollback', async () => {
    const location = await engine.location();
    const { db } = await engine.open(location);
    const { db: other } = await engine.open(location);
    await importStreams(db, [stream('Kept')]);
    const trx = await db.startTransaction().execute();
    const run = await StreamImport.begin(trx, { uniqueNames: true });
    await run.add([stream('Kept', { schedule: 'daily' }), stream('New 1')]);
    await run.add([stream('New 2')]);
    expect(await run.result()).toMatchObject({ total: 3 });
    expect(await count(other, 'streams')).toBe(1);
    await trx.rollback().execute();
    expect(await byName(other)).toEqual([{ name: 'Kept', description: expect.not.stringContaining('daily') }]);
    const again = await db.startTransaction().execute();
    const next = await StreamImport.begin(again, { uniqueNames: true });
    await next.add([stream('Kept', { schedule: 'daily' }), stream('New 1')]);
    expect(await next.result()).toEqual({ total: 2, new: 1, changed: 1, unchanged: 0 });
    await again.commit().execute();
    expect(await count(other, 'streams')).toBe(2);
  });
});

describeEngines('importStreams in full batches', (engine) => {
  // Two full batches, written with the statement built for the first, and a part of one.
  const many = (schedule: string) => Array.from({ length: 1_234 }, (_, i) => stream(`S${String(i).padStart(4, '0')}`, { owner: `team-${i % 7}`, schedule }));

  it('stores each stream\'s own values in each column, and updates them all', async () => {
    const { db } = await engine.open();
    expect(await importStreams(db, many('daily'), new Date(1000))).toEqual({ total: 1_234, new: 1_234, changed: 0, unchanged: 0 });
    expect(await importStreams(db, many('hourly'), new Date(2000))).toEqual({ total: 1_234, new: 0, changed: 1_234, unchanged: 0 });
    const rows = await db.selectFrom('streams').select(['name', 'description', 'fingerprint', 'connector', 'owner', 'created_at', 'updated_at']).orderBy('name').execute();
    expect(rows).toHaveLength(1_234);
    const expected = many('hourly').map((s) => prepareStream(s));
    expect(rows.map(({ name, description, fingerprint, connector, owner }) => ({ name, description, fingerprint, connector, owner }))).toEqual(expected);
    expect(rows.every((row) => row.created_at === 1000 && row.updated_at === 2000)).toBe(true);
  });
});
