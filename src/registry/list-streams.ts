import type { RegistryDb } from './open-registry.js';
import { lastReviewJson, type LastReviewJson } from './last-review-json.js';
import type { UncheckedReason } from './reasons.js';
import { streamChecks } from './stream-checks.js';

/** One line of `streams list --json`. */
export interface StreamListItem {
  stream: string;
  connector: string | null;
  owner: string | null;
  /** `checked`, or why it is not. */
  state: 'checked' | UncheckedReason;
  /** The end of a snooze in force, ISO-8601, or null. */
  snoozedUntil: string | null;
  lastReview: LastReviewJson | null;
}

const byName = new Intl.Collator('en').compare;

/** Every stream with its check state at `asOf`, by name. */
export function listStreams(db: RegistryDb, asOf: Date, maxAgeDays: number): StreamListItem[] {
  return streamChecks(db, asOf.getTime(), maxAgeDays)
    .map((check): StreamListItem => ({
      stream: check.name,
      connector: check.connector,
      owner: check.owner,
      state: check.reason ?? 'checked',
      snoozedUntil: check.snoozedUntil === null ? null : new Date(check.snoozedUntil).toISOString(),
      lastReview: lastReviewJson(check.latest),
    }))
    .sort((a, b) => byName(a.stream, b.stream));
}
