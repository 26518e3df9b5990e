import type { Verdict } from '../review/types.js';
import { sql, type RawBuilder } from 'kysely';
import { rankSql, reasonSql, staleBefore } from './check-state.js';
import type { RegistryDb } from './registry-db.js';
import type { ReviewChannel } from './record-review.js';
import type { UncheckedReason } from './reasons.js';

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

interface Row {
  id: number;
  name: string;
  connector: string | null;
  owner: string | null;
  created_at: number;
  review_id: number | null;
  verdict: Verdict | null;
  at: number | null;
  by: string | null;
  via: ReviewChannel | null;
  reason: UncheckedReason | null;
  snoozed_until: number | null;
  removed_at: number | null;
}

type Selection = 'one' | 'active' | 'all' | 'unchecked';

// A stream a sync found gone from the org is kept, but only `streams list --all` shows it.
const WHERE: Readonly<Record<Selection, (name: string) => RawBuilder<unknown>>> = {
  one: (name) => sql`WHERE s.name = ${name}`,
  active: () => sql`WHERE s.removed_at IS NULL`,
  all: () => sql``,
  unchecked: () => sql`WHERE s.removed_at IS NULL`,
};

// By name as people read a list (ASCII case ignored, on both engines), with ties broken exactly;
// unchecked ones worst reason first.
const BY_NAME = sql`lower(name), name`;
const UNCHECKED = sql`reason IS NOT NULL AND snoozed_until IS NULL`;
const TAIL: Readonly<Record<Selection, RawBuilder<unknown>>> = {
  one: sql``,
  active: sql`ORDER BY ${BY_NAME}`,
  all: sql`ORDER BY ${BY_NAME}`,
  unchecked: sql`WHERE ${UNCHECKED} ORDER BY ${rankSql('reason')}, ${BY_NAME}`,
};

/** Each stream with its latest review and check state; the snoozes in force are joined once, not looked up per stream. */
function checks(selection: Selection, now: number, maxAgeDays: number, name = ''): RawBuilder<Row> {
  return sql<Row>`(
    SELECT s.id, s.name, s.connector, s.owner, s.created_at, r.review_id, r.verdict, r.at, r."by", r.via,
           ${reasonSql(staleBefore(now, maxAgeDays))} AS reason, z.until AS snoozed_until, s.removed_at
    FROM streams s
    LEFT JOIN latest_reviews r ON r.stream_id = s.id
    LEFT JOIN (SELECT stream_id, MAX(until) AS until FROM snoozes WHERE until > ${now} GROUP BY stream_id) z ON z.stream_id = s.id
    ${WHERE[selection](name)}) checks`;
}

const checksQuery = (selection: Selection, now: number, maxAgeDays: number, name = ''): RawBuilder<Row> =>
  sql<Row>`SELECT * FROM ${checks(selection, now, maxAgeDays, name)} ${TAIL[selection]}`;

/**
 * The first `first` unchecked streams of each reason, each with how many its reason has: the
 * digest shows the first few and counts the rest, so 100,000 streams send a few rows, not all.
 */
const firstOfEachReason = (now: number, maxAgeDays: number, first: number): RawBuilder<Row & { in_reason: number }> => sql<Row & { in_reason: number }>`
  SELECT * FROM (
    SELECT checks.*, count(*) OVER (PARTITION BY reason) AS in_reason,
           row_number() OVER (PARTITION BY reason ORDER BY ${BY_NAME}) AS nth
    FROM ${checks('unchecked', now, maxAgeDays)} WHERE ${UNCHECKED}) ranked
  WHERE nth <= ${first}
  ORDER BY ${rankSql('reason')}, ${BY_NAME}`;

/** Every stream still in use (with `all`, removed ones too), by name, with its check state at `now` (ms since the epoch). */
export function streamChecks(db: RegistryDb, now: number, maxAgeDays: number, all = false): Promise<StreamCheck[]> {
  return query(db, checksQuery(all ? 'all' : 'active', now, maxAgeDays));
}

/** One stream (by its exact name, removed or not) with its check state at `now`, or null. */
export async function streamCheck(db: RegistryDb, name: string, now: number, maxAgeDays: number): Promise<StreamCheck | null> {
  return (await query(db, checksQuery('one', now, maxAgeDays, name)))[0] ?? null;
}

/** The unchecked streams that are not snoozed at `now`, worst reason first, then by name. */
export function uncheckedChecks(db: RegistryDb, now: number, maxAgeDays: number): Promise<StreamCheck[]> {
  return query(db, checksQuery('unchecked', now, maxAgeDays));
}

/** The first `first` unchecked streams of each reason (worst first, then by name), and how many each reason has in all. */
export async function firstUncheckedChecks(db: RegistryDb, now: number, maxAgeDays: number, first: number): Promise<{ checks: StreamCheck[]; counts: Map<UncheckedReason, number> }> {
  const { rows } = await firstOfEachReason(now, maxAgeDays, first).execute(db);
  const counts = new Map(rows.map((row) => [row.reason!, Number(row.in_reason)]));
  return { checks: rows.map(toCheck), counts };
}

async function query(db: RegistryDb, builder: RawBuilder<Row>): Promise<StreamCheck[]> {
  const { rows } = await builder.execute(db);
  return rows.map(toCheck);
}

function toCheck(row: Row): StreamCheck {
  const latest = row.review_id === null ? null : { id: row.review_id, verdict: row.verdict!, at: row.at!, by: row.by!, via: row.via! };
  return {
    streamId: row.id,
    name: row.name,
    connector: row.connector,
    owner: row.owner,
    createdAt: row.created_at,
    latest,
    reason: row.reason,
    snoozedUntil: row.snoozed_until,
    removedAt: row.removed_at,
  };
}
