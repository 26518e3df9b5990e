import { expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { fingerprint } from '../../src/registry/fingerprint.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { recordReview } from '../../src/registry/record-review.js';
import { describeEngines } from '../support/engines.js';
import { count, result, rule, stream } from './helpers.js';

describeEngines('recordReview', (engine) => {
  it('adds an unknown stream and stores the review with its fingerprint, rules, who, where and when', async () => {
    const { db } = await engine.open();
    const description = stream('Web orders', { schedule: 'hourly' });
    const rules = [rule('freshness', 'pass'), rule('key', 'warn')];
    const at = new Date('2026-11-20T14:02:11Z');
    const recorded = await recordReview(db, description, result('Web orders', 'ship-with-warnings', rules), { by: ' U123 ', via: 'slack', at });
    expect(recorded.streamChange).toBe('new');
    expect(recorded.fingerprint).toBe(fingerprint(description));
    const review = await db.selectFrom('reviews').selectAll().executeTakeFirstOrThrow();
    expect(review).toMatchObject({ stream_id: recorded.streamId, fingerprint: recorded.fingerprint, verdict: 'ship-with-warnings', by: 'U123', via: 'slack', at: at.getTime() });
    expect(JSON.parse(review.rules)).toEqual(rules);
    expect(JSON.parse(review.description)).toEqual(description);
  });

  it('makes the reviewed description the stream’s current one', async () => {
    const { db } = await engine.open();
    await importStreams(db, [stream('A', { schedule: 'daily' })]);
    const reviewed = stream('A', { schedule: 'hourly' });
    const recorded = await recordReview(db, reviewed, result('A', 'ship'), { by: 'ana', via: 'cli' });
    expect(recorded.streamChange).toBe('changed');
    expect((await db.selectFrom('streams').select('fingerprint').where('name', '=', 'A').executeTakeFirstOrThrow()).fingerprint).toBe(fingerprint(reviewed));
    expect(await count(db, 'streams')).toBe(1);
  });

  // Two SQLite connections in one process cannot interleave write transactions (each waits for
  // the other's lock on the one thread); two processes do so in durability.test.ts.
  it.runIf(engine.engine === 'postgres')('records reviews of one new stream from two connections at once without losing either', async () => {
    const location = await engine.location();
    const [a, b] = [await engine.open(location), await engine.open(location)];
    for (let i = 0; i < 10; i += 1) {
      const name = `Stream ${i}`;
      const recorded = await Promise.all([a, b].map((registry, n) => recordReview(registry.db, stream(name, { sourceRows: n }), result(name, 'ship'), { by: `U${n}`, via: 'cli' })));
      expect(recorded.map((r) => r.streamChange).sort()).toEqual(['changed', 'new']);
    }
    expect(await count(a.db, 'reviews')).toBe(20);
    expect(await count(a.db, 'streams')).toBe(10);
  });

  it('refuses an empty reviewer name without writing anything', async () => {
    const { db } = await engine.open();
    await expect(recordReview(db, stream('A'), result('A', 'ship'), { by: '  ', via: 'cli' })).rejects.toThrow(InputError);
    expect(await count(db, 'streams')).toBe(0);
  });

  it('refuses a review of another stream', async () => {
    const { db } = await engine.open();
    await expect(recordReview(db, stream('A'), result('B', 'ship'), { by: 'ana', via: 'cli' })).rejects.toThrow(/"B", not of "A"/);
  });
});
