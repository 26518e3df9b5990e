import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { snoozeStream } from '../../src/registry/snoozes.js';
import { DAY, stream, tempDir } from './helpers.js';

describe('snoozeStream', () => {
  it('stores the snooze with its reason and who snoozed it', () => {
    const db = openRegistry(join(tempDir(), 'r.db'));
    importStreams(db, [stream('A')]);
    const now = new Date('2026-11-25T09:00:00Z');
    snoozeStream(db, 'A', { until: new Date(now.getTime() + DAY), reason: ' decommissioned Friday ', by: 'U7', at: now });
    expect(db.prepare('SELECT until, reason, by FROM snoozes').get()).toEqual({ until: now.getTime() + DAY, reason: 'decommissioned Friday', by: 'U7' });
    db.close();
  });

  it('refuses an unknown stream, a missing reason and an end in the past, writing nothing', () => {
    const db = openRegistry(join(tempDir(), 'r.db'));
    importStreams(db, [stream('A')]);
    const now = new Date();
    const tomorrow = new Date(now.getTime() + DAY);
    expect(() => snoozeStream(db, 'Nope', { until: tomorrow, reason: 'r', by: 'U' })).toThrow(/No stream named "Nope"/);
    expect(() => snoozeStream(db, 'A', { until: tomorrow, reason: ' ', by: 'U' })).toThrow(InputError);
    expect(() => snoozeStream(db, 'A', { until: new Date(now.getTime() - 1), reason: 'r', by: 'U', at: now })).toThrow(/future/);
    expect(db.prepare('SELECT count(*) FROM snoozes').pluck().get()).toBe(0);
    db.close();
  });
});
