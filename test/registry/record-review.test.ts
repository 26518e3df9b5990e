import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { fingerprint } from '../../src/registry/fingerprint.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { recordReview } from '../../src/registry/record-review.js';
import { result, rule, stream, tempDir } from './helpers.js';

describe('recordReview', () => {
  it('adds an unknown stream and stores the review with its fingerprint, rules, who, where and when', () => {
    const db = openRegistry(join(tempDir(), 'r.db'));
    const description = stream('Web orders', { schedule: 'hourly' });
    const rules = [rule('freshness', 'pass'), rule('key', 'warn')];
    const at = new Date('2026-11-20T14:02:11Z');
    const recorded = recordReview(db, description, result('Web orders', 'ship-with-warnings', rules), { by: ' U123 ', via: 'slack', at });
    expect(recorded.streamChange).toBe('new');
    expect(recorded.fingerprint).toBe(fingerprint(description));
    const review = db.prepare('SELECT * FROM reviews').get() as Record<string, unknown>;
    expect(review).toMatchObject({ stream_id: recorded.streamId, fingerprint: recorded.fingerprint, verdict: 'ship-with-warnings', by: 'U123', via: 'slack', at: at.getTime() });
    expect(JSON.parse(review.rules as string)).toEqual(rules);
    expect(JSON.parse(review.description as string)).toEqual(description);
    db.close();
  });

  it('makes the reviewed description the stream’s current one', () => {
    const db = openRegistry(join(tempDir(), 'r.db'));
    importStreams(db, [stream('A', { schedule: 'daily' })]);
    const reviewed = stream('A', { schedule: 'hourly' });
    const recorded = recordReview(db, reviewed, result('A', 'ship'), { by: 'ana', via: 'cli' });
    expect(recorded.streamChange).toBe('changed');
    expect(db.prepare("SELECT fingerprint FROM streams WHERE name = 'A'").pluck().get()).toBe(fingerprint(reviewed));
    expect(db.prepare('SELECT count(*) FROM streams').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses an empty reviewer name without writing anything', () => {
    const db = openRegistry(join(tempDir(), 'r.db'));
    expect(() => recordReview(db, stream('A'), result('A', 'ship'), { by: '  ', via: 'cli' })).toThrow(InputError);
    expect(db.prepare('SELECT count(*) FROM streams').pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a review of another stream', () => {
    const db = openRegistry(join(tempDir(), 'r.db'));
    expect(() => recordReview(db, stream('A'), result('B', 'ship'), { by: 'ana', via: 'cli' })).toThrow(/"B", not of "A"/);
    db.close();
  });
});
