import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importStreams, StreamImport } from '../../src/registry/import-streams.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { stream, tempDir } from './helpers.js';

describe('importStreams', () => {
  it('adds new streams, updates changed ones and leaves equivalent ones alone', () => {
    const db = openRegistry(join(tempDir(), 'r.db'));
    const first = importStreams(db, [stream('A', { uses: ['x', 'y'] }), stream('B')], new Date(1000));
    expect(first).toEqual({ total: 2, new: 2, changed: 0, unchanged: 0 });
    const second = importStreams(db, [stream('A', { uses: ['y', 'x'] }), stream('B', { schedule: 'daily' }), stream('C')], new Date(2000));
    expect(second).toEqual({ total: 3, new: 1, changed: 1, unchanged: 1 });
    const rows = db.prepare('SELECT name, updated_at, created_at FROM streams ORDER BY name').all();
    expect(rows).toEqual([
      { name: 'A', updated_at: 1000, created_at: 1000 },
      { name: 'B', updated_at: 2000, created_at: 1000 },
      { name: 'C', updated_at: 2000, created_at: 2000 },
    ]);
    expect(JSON.parse(db.prepare("SELECT description FROM streams WHERE name = 'B'").pluck().get() as string)).toMatchObject({ schedule: 'daily' });
    db.close();
  });

  it('writes nothing when any stream fails part-way through', () => {
    const db = openRegistry(join(tempDir(), 'r.db'));
    importStreams(db, [stream('Kept', { schedule: 'daily' })]);
    // A BigInt cannot be serialised: the third write throws after two succeeded inside the transaction.
    const broken = [stream('New 1'), stream('Kept', { schedule: 'hourly' }), stream('Bad', { sourceRows: 10n })];
    expect(() => importStreams(db, broken)).toThrow();
    const rows = db.prepare('SELECT name, description FROM streams').all() as Array<{ name: string; description: string }>;
    expect(rows.map((r) => r.name)).toEqual(['Kept']);
    expect(JSON.parse(rows[0]!.description)).toMatchObject({ schedule: 'daily' });
    db.close();
  });

  it('takes a name given twice in one import as a change to the first', () => {
    const db = openRegistry(join(tempDir(), 'r.db'));
    expect(importStreams(db, [stream('A'), stream('A', { schedule: 'daily' }), stream('A', { schedule: 'daily' })])).toEqual({ total: 3, new: 1, changed: 1, unchanged: 1 });
    expect(JSON.parse(db.prepare("SELECT description FROM streams WHERE name = 'A'").pluck().get() as string)).toMatchObject({ schedule: 'daily' });
    db.close();
  });

  it('writes the pieces of a file added so far only when committed, and nothing after a rollback', () => {
    const file = join(tempDir(), 'r.db');
    const db = openRegistry(file);
    importStreams(db, [stream('Kept')]);
    const other = openRegistry(file);
    const run = new StreamImport(db, { uniqueNames: true });
    run.add([stream('Kept', { schedule: 'daily' }), stream('New 1')]);
    run.add([stream('New 2')]);
    expect(other.prepare('SELECT count(*) FROM streams').pluck().get()).toBe(1);
    run.rollback();
    expect(other.prepare('SELECT name, description FROM streams').all()).toEqual([{ name: 'Kept', description: expect.not.stringContaining('daily') }]);
    const again = new StreamImport(db, { uniqueNames: true });
    again.add([stream('Kept', { schedule: 'daily' }), stream('New 1')]);
    expect(again.commit()).toEqual({ total: 2, new: 1, changed: 1, unchanged: 0 });
    expect(other.prepare('SELECT count(*) FROM streams').pluck().get()).toBe(2);
    other.close();
    db.close();
  });
});
