import type { RegistryDb } from './open-registry.js';
import { statement } from './statements.js';

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
 * `rebuildLatestReviews`. Call inside the transaction that inserts the review.
 */
export function noteLatestReview(db: RegistryDb, review: ReviewRow): void {
  statement(
    db,
    `INSERT INTO latest_reviews (stream_id, review_id, fingerprint, verdict, by, via, at)
     VALUES (@streamId, @reviewId, @fingerprint, @verdict, @by, @via, @at)
     ON CONFLICT (stream_id) DO UPDATE SET
       review_id = excluded.review_id, fingerprint = excluded.fingerprint, verdict = excluded.verdict,
       by = excluded.by, via = excluded.via, at = excluded.at
     WHERE excluded.at >= latest_reviews.at`,
  ).run(review);
}

/** Derives `latest_reviews` from `reviews` again: for bulk loads, and for repair after hand edits. */
export function rebuildLatestReviews(db: RegistryDb): void {
  db.transaction(() => {
    db.exec('DELETE FROM latest_reviews');
    db.exec(`
      INSERT INTO latest_reviews (stream_id, review_id, fingerprint, verdict, by, via, at)
      SELECT stream_id, id, fingerprint, verdict, by, via, at FROM (
        SELECT stream_id, id, fingerprint, verdict, by, via, at,
               ROW_NUMBER() OVER (PARTITION BY stream_id ORDER BY at DESC, id DESC) AS n
        FROM reviews)
      WHERE n = 1`);
  }).immediate();
}
