import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebuildLatestReviews } from '../../src/registry/latest-reviews.js';
import { openRegistry, type RegistryDb } from '../../src/registry/open-registry.js';
import { recordReview } from '../../src/registry/record-review.js';
import { VERDICTS } from '../../src/review/types.js';
import { result, stream, tempDir } from './helpers.js';

const LATEST = 'SELECT stream_id, review_id, fingerprint, verdict, by, via, at FROM latest_reviews ORDER BY stream_id';
// The definition: the review with the greatest `at`, and of equal ones the last recorded.
const BRUTE_FORCE = `
  SELECT r.stream_id, r.id AS review_id, r.fingerprint, r.verdict, r.by, r.via, r.at FROM reviews r
  WHERE NOT EXISTS (SELECT 1 FROM reviews o WHERE o.stream_id = r.stream_id AND (o.at > r.at OR (o.at = r.at AND o.id > r.id)))
  ORDER BY r.stream_id`;

describe('latest_reviews', () => {
  it('always holds each stream’s latest review, however reviews arrive (property)', () => {
    const dir = tempDir();
    let run = 0;
    const review = fc.record({ stream: fc.constantFrom('A', 'B', 'C'), at: fc.integer({ min: 0, max: 5 }), verdict: fc.constantFrom(...VERDICTS), schedule: fc.constantFrom('daily', 'hourly') });
    fc.assert(
      fc.property(fc.array(review, { maxLength: 25 }), (reviews) => {
        const db: RegistryDb = openRegistry(join(dir, `p${(run += 1)}.db`));
        try {
          reviews.forEach((r, i) =>
            recordReview(db, stream(r.stream, { schedule: r.schedule }), result(r.stream, r.verdict), { by: `U${i}`, via: 'cli', at: new Date(r.at) }),
          );
          const kept = db.prepare(LATEST).all();
          expect(kept).toEqual(db.prepare(BRUTE_FORCE).all());
          rebuildLatestReviews(db);
          expect(db.prepare(LATEST).all()).toEqual(kept);
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
