import type { RuleResult, Verdict } from '../review/types.js';
import type { RegistryDb } from './open-registry.js';
import type { ReviewChannel } from './record-review.js';
import { statement } from './statements.js';

/** A stream's latest recorded review, in full, as chat shows it. */
export interface RecordedReviewDetail {
  verdict: Verdict;
  rules: RuleResult[];
  by: string;
  via: ReviewChannel;
  at: Date;
  /** Whether the stream's description has changed since this review. */
  outdated: boolean;
}

export interface KnownStream {
  name: string;
  /** The stored description (the keys of ingest-review.md), as stored: validate before use. */
  description: Record<string, unknown>;
  latest: RecordedReviewDetail | null;
}

interface StreamRow {
  id: number;
  name: string;
  description: string;
  fingerprint: string;
}

interface ReviewRow {
  verdict: Verdict;
  rules: string;
  by: string;
  via: ReviewChannel;
  at: number;
  fingerprint: string;
}

/** A stream by its exact name, else by the name in any case (people type names loosely in chat). */
export function findStream(db: RegistryDb, name: string): KnownStream | null {
  const wanted = name.trim();
  const row = (statement(db, 'SELECT id, name, description, fingerprint FROM streams WHERE name = ?').get(wanted) ??
    statement(db, 'SELECT id, name, description, fingerprint FROM streams WHERE name = ? COLLATE NOCASE ORDER BY name LIMIT 1').get(wanted)) as StreamRow | undefined;
  if (!row) return null;
  const review = statement(db, 'SELECT r.verdict, r.rules, r.by, r.via, r.at, r.fingerprint FROM latest_reviews l JOIN reviews r ON r.id = l.review_id WHERE l.stream_id = ?').get(row.id) as
    | ReviewRow
    | undefined;
  const latest: RecordedReviewDetail | null = review
    ? { verdict: review.verdict, rules: JSON.parse(review.rules) as RuleResult[], by: review.by, via: review.via, at: new Date(review.at), outdated: review.fingerprint !== row.fingerprint }
    : null;
  return { name: row.name, description: JSON.parse(row.description) as Record<string, unknown>, latest };
}
