import type { RuleResult, Verdict } from '../review/types.js';
import type { RegistryDb } from './registry-db.js';
import type { ReviewChannel } from './record-review.js';

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

/** ASCII letters in lower case, as both engines' `lower()` folds a name. */
const asciiLower = (text: string): string => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());

/** A stream by its exact name, else by the name in any case (people type names loosely in chat). */
export async function findStream(db: RegistryDb, name: string): Promise<KnownStream | null> {
  const wanted = name.trim();
  const columns = ['id', 'name', 'description', 'fingerprint'] as const;
  const row =
    (await db.selectFrom('streams').select(columns).where('name', '=', wanted).executeTakeFirst()) ??
    (await db
      .selectFrom('streams')
      .select(columns)
      .where((eb) => eb(eb.fn('lower', ['name']), '=', asciiLower(wanted)))
      .orderBy('name')
      .limit(1)
      .executeTakeFirst());
  if (!row) return null;
  const review = await db
    .selectFrom('latest_reviews as l')
    .innerJoin('reviews as r', 'r.id', 'l.review_id')
    .select(['r.verdict', 'r.rules', 'r.by', 'r.via', 'r.at', 'r.fingerprint'])
    .where('l.stream_id', '=', row.id)
    .executeTakeFirst();
  const latest: RecordedReviewDetail | null = review
    ? {
        verdict: review.verdict as Verdict,
        rules: JSON.parse(review.rules) as RuleResult[],
        by: review.by,
        via: review.via as ReviewChannel,
        at: new Date(review.at),
        outdated: review.fingerprint !== row.fingerprint,
      }
    : null;
  return { name: row.name, description: JSON.parse(row.description) as Record<string, unknown>, latest };
}
