import { findNotLanding, type NotLandingStream } from '../landing/not-landing.js';
import type { RegistryDb } from '../registry/registry-db.js';
import { keysChanged, reviewDetails, rulesWith } from '../registry/review-details.js';
import { findUnchecked, type UncheckedReport, type UncheckedStream } from '../registry/unchecked.js';
import { buildDigest, type DigestOptions } from './build-digest.js';
import type { DigestDetails } from './lines.js';
import type { Digest } from './model.js';

export interface LoadedDigest {
  /** The unchecked streams: every one with `everyStream` (what `digest --json` prints), else those the digest can show. */
  report: UncheckedReport;
  /** Every stream not landing, worst first (`digest --json`'s `notLanding`). */
  notLanding: NotLandingStream[];
  /** The cut, platform-neutral model (what is rendered and posted). */
  digest: Digest;
}

export async function loadDigest(db: RegistryDb, asOf: Date, options: DigestOptions & { maxAgeDays: number; everyStream?: boolean }): Promise<LoadedDigest> {
  // A digest cut at `limit` shows at most the first `limit` of any reason: the rest are only counted.
  const report = await findUnchecked(db, asOf, options.maxAgeDays, options.everyStream ? undefined : Math.max(0, options.limit));
  const notLanding = await findNotLanding(db, asOf);
  // Worst first, so the streams the limit lets through are among the first `limit`.
  const details = await registryDetails(db, report.unchecked.slice(0, Math.max(0, options.limit)));
  return { report, notLanding, digest: buildDigest(report, details, options, notLanding) };
}

/** What the lines of `shown` need from their latest reviews, read in a few queries. */
async function registryDetails(db: RegistryDb, shown: readonly UncheckedStream[]): Promise<DigestDetails> {
  const wanted = shown.flatMap((stream) => (stream.latest && (stream.reason === 'failed-review' || stream.reason === 'changed-since-review') ? [stream.latest.id] : []));
  const details = await reviewDetails(db, wanted);
  return {
    problemRules: (reviewId, verdict) => {
      const detail = details.get(reviewId);
      return detail ? rulesWith(detail.rules, verdict === 'needs-info' ? ['needs-info'] : ['fail']).map((rule) => rule.title) : [];
    },
    changedKeys: (reviewId) => {
      const detail = details.get(reviewId);
      return detail ? keysChanged(detail.reviewed, detail.current) : [];
    },
  };
}
