import type { Verdict } from '../review/types.js';
import { rankSql, REASON_SQL, staleBefore } from './check-state.js';
import type { RegistryDb } from './open-registry.js';
import type { ReviewChannel } from './record-review.js';
import type { UncheckedReason } from './reasons.js';
import { statement } from './statements.js';

/** A stream's latest review, as the digest shows it. */
export interface LatestReview {
  id: number;
  verdict: Verdict;
  /** Milliseconds since the epoch. */
  at: number;
  by: string;
  via: ReviewChannel;
}

/** One stream with its latest review and its check state at a moment. */
export interface StreamCheck {
  streamId: number;
  name: string;
  connector: string | null;
  owner: string | null;
  createdAt: number;
  latest: LatestReview | null;
  /** Null when the stream is checked. */
  reason: UncheckedReason | null;
  /** The end of the snooze in force at that moment, or null. */
  snoozedUntil: number | null;
  /** When a sync found the stream gone from the org, or null. */
  removedAt: number | null;
}

type Row = [number, string, string | null, string | null, number, number | null, Verdict | null, number | null, string | null, ReviewChannel | null, UncheckedReason | null, number | null, number | null];

// A stream a sync found gone from the org is kept, but only `streams list --all` shows it.
const selectChecks = (where: string) => `
  SELECT * FROM (
    SELECT s.id, s.name, s.connector, s.owner, s.created_at, r.review_id, r.verdict, r.at, r.by, r.via,
           ${REASON_SQL} AS reason,
           (SELECT MAX(z.until) FROM snoozes z WHERE z.stream_id = s.id AND z.until > @now) AS snoozed_until,
           s.removed_at
    FROM streams s LEFT JOIN latest_reviews r ON r.stream_id = s.id ${where})`;

const BY_NAME = 'ORDER BY name COLLATE NOCASE, name';
const ONE_SQL = selectChecks('WHERE s.name = @name');
const ACTIVE_SQL = `${selectChecks('WHERE s.removed_at IS NULL')} ${BY_NAME}`;
const ALL_SQL = `${selectChecks('')} ${BY_NAME}`;
// Worst reason first, then by name: case-insensitive, as people read a list, with ties broken exactly.
const UNCHECKED_SQL = `${selectChecks('WHERE s.removed_at IS NULL')} WHERE reason IS NOT NULL AND snoozed_until IS NULL ORDER BY ${rankSql('reason')}, name COLLATE NOCASE, name`;

/** Every stream still in use (with `all`, removed ones too), by name, with its check state at `now` (ms since the epoch). */
export function streamChecks(db: RegistryDb, now: number, maxAgeDays: number, all = false): StreamCheck[] {
  return query(db, all ? ALL_SQL : ACTIVE_SQL, now, maxAgeDays);
}

/** One stream (by its exact name, removed or not) with its check state at `now`, or null. */
export function streamCheck(db: RegistryDb, name: string, now: number, maxAgeDays: number): StreamCheck | null {
  return query(db, ONE_SQL, now, maxAgeDays, { name })[0] ?? null;
}

/** The unchecked streams that are not snoozed at `now`, worst reason first, then by name. */
export function uncheckedChecks(db: RegistryDb, now: number, maxAgeDays: number): StreamCheck[] {
  return query(db, UNCHECKED_SQL, now, maxAgeDays);
}

function query(db: RegistryDb, sql: string, now: number, maxAgeDays: number, extra: Record<string, string> = {}): StreamCheck[] {
  const rows = statement(db, sql).raw(true).all({ now, staleBefore: staleBefore(now, maxAgeDays), ...extra }) as Row[];
  return rows.map(toCheck);
}

function toCheck([streamId, name, connector, owner, createdAt, reviewId, verdict, at, by, via, reason, snoozedUntil, removedAt]: Row): StreamCheck {
  const latest = reviewId === null ? null : { id: reviewId, verdict: verdict!, at: at!, by: by!, via: via! };
  return { streamId, name, connector, owner, createdAt, latest, reason, snoozedUntil, removedAt };
}
