import type { ReviewResult } from '../review/types.js';
import { InputError } from '../errors.js';
import type { DescribedStream } from './described-stream.js';
import { noteLatestReview } from './latest-reviews.js';
import type { RegistryDb } from './registry-db.js';
import { upsertStream, type StreamChange } from './streams.js';
import { inWriteTransaction } from './transactions.js';

export const REVIEW_CHANNELS = ['slack', 'teams', 'cli'] as const;
export type ReviewChannel = (typeof REVIEW_CHANNELS)[number];

export interface ReviewAuthor {
  /** Who reviewed: a Slack or Teams user id, or a name given on the command line. */
  by: string;
  via: ReviewChannel;
  at?: Date;
}

export interface RecordedReview {
  streamId: number;
  reviewId: number;
  fingerprint: string;
  at: Date;
  /** Whether recording also added the stream or changed its stored description. */
  streamChange: StreamChange;
}

/**
 * Records a review of a description: the stream's stored description becomes the reviewed one
 * and the review keeps its fingerprint, in one transaction, so the stream is checked as of
 * exactly what was reviewed (or, after a crash, neither was written).
 */
export async function recordReview(db: RegistryDb, stream: DescribedStream, result: ReviewResult, author: ReviewAuthor): Promise<RecordedReview> {
  const by = author.by.trim();
  if (by === '') throw new InputError('A recorded review needs a reviewer name (--by NAME).', [{ path: 'by', message: 'is empty' }]);
  if (result.stream !== stream.name) throw new Error(`The review is of "${result.stream}", not of "${stream.name}".`);
  const at = author.at ?? new Date();
  return inWriteTransaction(db, async (trx): Promise<RecordedReview> => {
    const upserted = await upsertStream(trx, stream, at.getTime());
    const review = { stream_id: upserted.id, fingerprint: upserted.fingerprint, verdict: result.verdict, by, via: author.via, at: at.getTime() };
    const { id: reviewId } = await trx
      .insertInto('reviews')
      .values({ ...review, description: JSON.stringify(stream), rules: JSON.stringify(result.rules) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await noteLatestReview(trx, { reviewId, streamId: upserted.id, fingerprint: upserted.fingerprint, verdict: result.verdict, by, via: author.via, at: at.getTime() });
    return { streamId: upserted.id, reviewId, fingerprint: upserted.fingerprint, at, streamChange: upserted.change };
  });
}
