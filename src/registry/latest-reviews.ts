import { sql } from 'kysely';
import type { RegistryDb } from './registry-db.js';
import { inWriteTransaction } from './transactions.js';

export interface ReviewRow {
  reviewId: number;
  streamId: number;
  fingerprint: string;
  verdict: string;
  by: string;
  via: string;
  at: number;
}

/**
 * Makes `review` its stream's latest unless a later one is already there (reviews may be
 * recorded out of order). Of two at the same millisecond the one recorded last wins, as in
 * `rebuildLatestReviews`. One statement, so two instances recording at once cannot interleave.
 * Call inside the transaction that inserts the review.
 */
export async function noteLatestReview(db: RegistryDb, review: ReviewRow): Promise<void> {
  await db
    .insertInto('latest_reviews')
    .values({ stream_id: review.streamId, review_id: review.reviewId, fingerprint: review.fingerprint, verdict: review.verdict, by: review.by, via: review.via, at: review.at })
    .onConflict((conflict) =>
      conflict
        .column('stream_id')
        .doUpdateSet((eb) => ({
          review_id: eb.ref('excluded.review_id'),
          fingerprint: eb.ref('excluded.fingerprint'),
          verdict: eb.ref('excluded.verdict'),
          by: eb.ref('excluded.by'),
          via: eb.ref('excluded.via'),
          at: eb.ref('excluded.at'),
        }))
        .where((eb) => eb(eb.ref('excluded.at'), '>=', eb.ref('latest_reviews.at'))),
    )
    .execute();
}

/** Derives `latest_reviews` from `reviews` again: for bulk loads, and for repair after hand edits. */
export async function rebuildLatestReviews(db: RegistryDb): Promise<void> {
  await inWriteTransaction(db, async (trx) => {
    await trx.deleteFrom('latest_reviews').execute();
    await sql`
      INSERT INTO latest_reviews (stream_id, review_id, fingerprint, verdict, "by", via, at)
      SELECT stream_id, id, fingerprint, verdict, "by", via, at FROM (
        SELECT stream_id, id, fingerprint, verdict, "by", via, at,
               ROW_NUMBER() OVER (PARTITION BY stream_id ORDER BY at DESC, id DESC) AS n
        FROM reviews) ranked
      WHERE n = 1`.execute(trx);
  });
}
