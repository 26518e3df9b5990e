import type { Verdict } from '../review/types.js';
import type { LatestReview } from './stream-checks.js';
import type { ReviewChannel } from './record-review.js';

/** A stream's latest review as `digest --json` and `streams list --json` show it (cli.md). */
export interface LastReviewJson {
  at: string;
  verdict: Verdict;
  by: string;
  via: ReviewChannel;
}

export function lastReviewJson(latest: LatestReview | null): LastReviewJson | null {
  return latest ? { at: new Date(latest.at).toISOString(), verdict: latest.verdict, by: latest.by, via: latest.via } : null;
}
