import fc from 'fast-check';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { rebuildLatestReviews } from '../../src/registry/latest-reviews.js';
import { recordReview } from '../../src/registry/record-review.js';
import type { RegistryDb } from '../../src/registry/registry-db.js';
import { VERDICTS } from '../../src/review/types.js';
import { describeEngines } from '../support/engines.js';
import { result, stream } from './helpers.js';

const latest = (db: RegistryDb) => db.selectFrom('latest_reviews').select(['stream_id', 'review_id', 'fingerprint', 'verdict', 'by', 'via', 'at']).orderBy('stream_id').execute();
// The definition: the review with the greatest `at`, and of equal ones the last recorded.
const bruteForce = async (db: RegistryDb) =>
  (
    await sql`
      SELECT r.stream_id, r.id AS review_id, r.fingerprint, r.verdict, r."by", r.via, r.at FROM reviews r
      WHERE NOT EXISTS (SELECT 1 FROM reviews o WHERE o.stream_id = r.stream_id AND (o.at > r.at OR (o.at = r.at AND o.id > r.id)))
      ORDER BY r.stream_id`.execute(db)
  ).rows;

describeEngines('latest_reviews', (engine) => {
  it('always holds each stream’s latest review, however reviews arrive (property)', async () => {
    const review = fc.record({ stream: fc.constantFrom('A', 'B', 'C'), at: fc.integer({ min: 0, max: 5 }), verdict: fc.constantFrom(...VERDICTS), schedule: fc.constantFrom('daily', 'hourly') });
    const { db } = await engine.open();
    await fc.assert(
      fc.asyncProperty(fc.array(review, { maxLength: 25 }), async (reviews) => {
        // Each run starts from an empty registry.
        for (const table of ['latest_reviews', 'reviews', 'streams'] as const) await db.deleteFrom(table).execute();
        for (const [i, r] of reviews.entries()) {
          await recordReview(db, stream(r.stream, { schedule: r.schedule }), result(r.stream, r.verdict), { by: `U${i}`, via: 'cli', at: new Date(r.at) });
        }
        const kept = await latest(db);
        expect(kept).toEqual(await bruteForce(db));
        await rebuildLatestReviews(db);
        expect(await latest(db)).toEqual(kept);
      }),
      { numRuns: 60 },
    );
  });
});
