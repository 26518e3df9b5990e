import type { LatestReview } from '../registry/stream-checks.js';
import { DAY_MS } from '../registry/check-state.js';
import type { UncheckedStream } from '../registry/unchecked.js';
import type { Verdict } from '../review/types.js';
import { localDay } from './local-day.js';

/** What a line needs beyond the stream's row: read for shown entries only. */
export interface DigestDetails {
  /** Titles of the rules behind a failed verdict: `fail` ones for do-not-ship, `needs-info` ones for needs-info. */
  problemRules(reviewId: number, verdict: Verdict): string[];
  /** Description keys that differ between the review and the current description. */
  changedKeys(reviewId: number): string[];
}

export interface LineContext {
  asOf: Date;
  timeZone: string;
  details: DigestDetails;
}

/** The one line that matters for an unchecked stream. */
export function entryLine(stream: UncheckedStream, context: LineContext): string {
  const review = stream.latest;
  if (stream.reason === 'never-reviewed' || !review) return `Never reviewed (in the registry since ${day(stream.createdAt, context)}).`;
  if (stream.reason === 'failed-review') return failedLine(review, context);
  if (stream.reason === 'changed-since-review') return changedLine(review, context);
  const days = Math.floor((context.asOf.getTime() - review.at) / DAY_MS);
  return `Last reviewed ${days} days ago (${review.verdict} on ${day(review.at, context)} by ${review.by}).`;
}

function failedLine(review: LatestReview, context: LineContext): string {
  const titles = context.details.problemRules(review.id, review.verdict);
  const label = review.verdict === 'needs-info' ? 'Needs info' : 'Fails';
  const what = titles.length > 0 ? `${label}: ${titles.join('; ')}` : `Verdict ${review.verdict}`;
  return `${what} (${review.verdict} on ${day(review.at, context)} by ${review.by}).`;
}

function changedLine(review: LatestReview, context: LineContext): string {
  const keys = context.details.changedKeys(review.id);
  const since = `Changed since its ${review.verdict} review on ${day(review.at, context)} by ${review.by}`;
  return keys.length > 0 ? `${since}: ${keys.join(', ')}.` : `${since}.`;
}

function day(at: number, context: LineContext): string {
  return localDay(new Date(at), context.timeZone);
}
