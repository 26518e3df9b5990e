import { notLandingJson, type NotLandingJson, type NotLandingStream } from '../landing/not-landing.js';
import type { UncheckedReport } from '../registry/unchecked.js';
import type { UncheckedReason } from '../registry/reasons.js';
import { lastReviewJson, type LastReviewJson } from '../registry/last-review-json.js';

/** `digest --json`, exactly the shape of cli.md: scripts and tests depend on it. */
export interface DigestJson {
  asOf: string;
  total: number;
  unchecked: Array<{
    stream: string;
    reason: UncheckedReason;
    lastReview: LastReviewJson | null;
  }>;
  snoozed: number;
  /** Streams whose data stopped arriving, worst first. */
  notLanding: NotLandingJson[];
}

export function digestJson(report: UncheckedReport, notLanding: readonly NotLandingStream[] = []): DigestJson {
  return {
    asOf: report.asOf.toISOString(),
    total: report.total,
    unchecked: report.unchecked.map((stream) => ({
      stream: stream.name,
      reason: stream.reason,
      lastReview: lastReviewJson(stream.latest),
    })),
    snoozed: report.snoozed,
    notLanding: notLanding.map(notLandingJson),
  };
}
