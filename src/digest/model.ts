import type { NotLandingReason } from '../landing/reasons.js';
import type { Verdict } from '../review/types.js';
import type { ReviewChannel } from '../registry/record-review.js';
import type { UncheckedReason } from '../registry/reasons.js';

/**
 * The digest as data, the same for every platform: the Slack and Teams adapters and the
 * plain-text renderer each turn it into their own message.
 */
export interface Digest {
  asOf: Date;
  /** The time zone dates in the lines were written in (DIGEST_TZ). */
  timeZone: string;
  /** Streams in the registry. */
  total: number;
  /** Unchecked streams, snoozed ones not included. */
  unchecked: number;
  snoozed: number;
  /** Non-empty groups, worst reason first. */
  groups: DigestGroup[];
  /** Entries cut from all groups by the limit. */
  more: number;
  /**
   * Streams whose data stopped arriving (from the org's run data), shown above the unchecked
   * ones. Absent, or a count of 0, when no stream is known not to be landing.
   */
  notLanding?: DigestLanding;
}

export interface DigestLanding {
  /** Streams not landing, shown or not. */
  count: number;
  /** Worst reason first, then by name. */
  entries: NotLandingEntry[];
  /** Cut by the limit ("and N more"). */
  more: number;
}

export interface NotLandingEntry {
  stream: string;
  connector: string | null;
  owner: string | null;
  reason: NotLandingReason;
  /** What was seen, e.g. "Last run FAILURE, AUTH_FAILED (2026-12-03 06:00 UTC)." */
  line: string;
  /** The knowledge section (`doc#section`) the "ask the advisor" button asks about. */
  ask: string;
}

export const LANDING_TITLE = 'Not landing';

export interface DigestGroup {
  reason: UncheckedReason;
  /** A heading for people, e.g. "Failed review". */
  title: string;
  /** Streams in the group, shown or not. */
  count: number;
  entries: DigestEntry[];
  /** Streams of this group cut by the limit ("and N more"). */
  more: number;
}

export interface DigestEntry {
  stream: string;
  connector: string | null;
  owner: string | null;
  reason: UncheckedReason;
  /** The one line that matters: the failing rules, what changed, or how old the review is. */
  line: string;
  lastReview: DigestReview | null;
}

export interface DigestReview {
  at: Date;
  verdict: Verdict;
  by: string;
  via: ReviewChannel;
}

export const GROUP_TITLES: Readonly<Record<UncheckedReason, string>> = {
  'failed-review': 'Failed review',
  'changed-since-review': 'Changed since review',
  'never-reviewed': 'Never reviewed',
  'stale-review': 'Review too old',
};

/** Nothing unchecked and nothing known not to be landing: nothing to post. */
export function isEmptyDigest(digest: Digest): boolean {
  return digest.unchecked === 0 && (digest.notLanding?.count ?? 0) === 0;
}
