import { healthJson, type HealthJson } from './health-json.js';
import { lastReviewJson, type LastReviewJson } from './last-review-json.js';
import type { UncheckedReason } from './reasons.js';
import type { RegistryDb } from './registry-db.js';
import { streamChecks } from './stream-checks.js';
import { latestRuns } from './stream-runs.js';
import { inReadTransaction } from './transactions.js';

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
export async function listStreams(db: RegistryDb, asOf: Date, maxAgeDays: number, all = false): Promise<StreamListItem[]> {
  // One snapshot: states, descriptions and runs agree.
  const items = await inReadTransaction(db, async (trx) => {
    const rows = await trx.selectFrom('streams').select(['id', 'description']).execute();
    const descriptions = new Map(rows.map((row) => [row.id, row.description]));
    const runs = await latestRuns(trx);
    return (await streamChecks(trx, asOf.getTime(), maxAgeDays, all)).map(
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
  return items.sort((a, b) => byName(a.stream, b.stream));
}
