import type { ReviewResult } from '../review/types.js';
import { InputError } from '../errors.js';
import type { RegistryDb } from './open-registry.js';
import type { DescribedStream } from './described-stream.js';
import { noteLatestReview } from './latest-reviews.js';
import { statement } from './statements.js';
import { upsertStream, type StreamChange } from './streams.js';

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
export function recordReview(db: RegistryDb, stream: DescribedStream, result: ReviewResult, author: ReviewAuthor): RecordedReview {
  const by = author.by.trim();
  if (by === '') throw new InputError('A recorded review needs a reviewer name (--by NAME).', [{ path: 'by', message: 'is empty' }]);
  if (result.stream !== stream.name) throw new Error(`The review is of "${result.stream}", not of "${stream.name}".`);
  const at = author.at ?? new Date();
  const write = db.transaction((): RecordedReview => {
    const upserted = upsertStream(db, stream, at.getTime());
    const info = statement(
      db,
      'INSERT INTO reviews (stream_id, fingerprint, description, verdict, rules, by, via, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(upserted.id, upserted.fingerprint, JSON.stringify(stream), result.verdict, JSON.stringify(result.rules), by, author.via, at.getTime());
    const reviewId = Number(info.lastInsertRowid);
    noteLatestReview(db, { reviewId, streamId: upserted.id, fingerprint: upserted.fingerprint, verdict: result.verdict, by, via: author.via, at: at.getTime() });
    return { streamId: upserted.id, reviewId, fingerprint: upserted.fingerprint, at, streamChange: upserted.change };
  });
  return write.immediate();
}
