import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importStreams } from '../../src/registry/import-streams.js';
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
});
