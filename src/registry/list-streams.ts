import type { RegistryDb } from './open-registry.js';
import { healthJson, type HealthJson } from './health-json.js';
import { lastReviewJson, type LastReviewJson } from './last-review-json.js';
import type { UncheckedReason } from './reasons.js';
import { statement } from './statements.js';
import { streamChecks } from './stream-checks.js';
import { latestRuns } from './stream-runs.js';

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
  /** The stream's description (the review's keys) as stored. */
  description: Record<string, unknown>;
  /** When a sync found it gone from the org, ISO-8601, or null. */
  removedAt: string | null;
  /** Its latest observed run, or null when no sync saw it run. */
  health: HealthJson | null;
}

const byName = new Intl.Collator('en').compare;
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** Every stream in use (with `all`, removed ones too) with its check state at `asOf`, by name. */
export function listStreams(db: RegistryDb, asOf: Date, maxAgeDays: number, all = false): StreamListItem[] {
  const read = db.transaction(() => {
    const descriptions = new Map(statement(db, 'SELECT id, description FROM streams').raw(true).all() as Array<[number, string]>);
    const runs = latestRuns(db);
    return streamChecks(db, asOf.getTime(), maxAgeDays, all).map(
      (check): StreamListItem => ({
        stream: check.name,
        connector: check.connector,
        owner: check.owner,
        state: check.reason ?? 'checked',
        snoozedUntil: iso(check.snoozedUntil),
        lastReview: lastReviewJson(check.latest),
        description: JSON.parse(descriptions.get(check.streamId) ?? '{}') as Record<string, unknown>,
        removedAt: iso(check.removedAt),
        health: healthJson(runs.get(check.streamId)),
      }),
    );
  });
  // One read transaction: states, descriptions and runs from one snapshot.
  return read.deferred().sort((a, b) => byName(a.stream, b.stream));
}
