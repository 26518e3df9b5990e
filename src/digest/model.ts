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
}

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

export function isEmptyDigest(digest: Digest): boolean {
  return digest.unchecked === 0;
}
