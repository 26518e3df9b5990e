import { sql } from 'kysely';
import type { RegistryDb } from './registry-db.js';

/**
 * A question the knowledge base did not answer well: nothing matched with confidence
 * (`unanswered`), it was a close call that asked "did you mean" (`clarify`), or someone marked
 * the answer Not helpful (`not-helpful`).
 */
export interface KnowledgeGap {
  /** The question as last asked (questions that differ only in case and spacing are one gap). */
  question: string;
  reason: 'unanswered' | 'clarify' | 'not-helpful';
  /** How many times it was asked (for `not-helpful`: how many answers were marked so). */
  count: number;
  lastAsked: Date;
  /** The closest section (a clarify's first choice), `doc#section`, when anything matched at all. */
  closest: string | null;
  /** The sections people picked from the choices or nearest topics, most picked first. */
  picked: GapPick[];
}

export interface GapPick {
  section: string;
  count: number;
}

interface GapRow {
  gap: string;
  question: string;
  reason: KnowledgeGap['reason'];
  count: number | string;
  last_asked: number | string;
  closest: string | null;
}

interface PickRow {
  gap: string;
  reason: KnowledgeGap['reason'];
  section: string;
  count: number | string;
}

// Questions stored before bands have none; `confident` says which of the two they were.
const reason = sql`case when q.band = 'clarify' then 'clarify' when q.confident = 1 then 'not-helpful' else 'unanswered' end`;

// Grouped on lower-cased, trimmed text; neither engine collapses inner spaces portably, so the
// gaps command's readers see "upsert  deletes" and "upsert deletes" apart, which is rare and harmless.
const gapsQuery = (limit: number) => sql<GapRow>`
  WITH flagged AS (
    SELECT q.id, q.question, q.top_source, q.asked_at, lower(trim(q.question)) AS k, ${reason} AS reason
    FROM questions q
    WHERE q.confident = 0
       OR EXISTS (SELECT 1 FROM answer_feedback f WHERE f.question_id = q.id AND f.helpful = 0)
  ),
  grouped AS (SELECT k, reason, count(*) AS count, max(asked_at) AS last_asked FROM flagged GROUP BY k, reason),
  latest AS (
    SELECT k, reason, question, top_source, ROW_NUMBER() OVER (PARTITION BY k, reason ORDER BY asked_at DESC, id DESC) AS n
    FROM flagged
  )
  SELECT g.k AS gap, l.question, g.reason, g.count, g.last_asked, l.top_source AS closest
  FROM grouped g JOIN latest l ON l.k = g.k AND l.reason = g.reason AND l.n = 1
  ORDER BY g.count DESC, g.last_asked DESC, g.k, g.reason
  LIMIT ${limit}`;

// Picks are made on questions that were not answered outright: a clarify's choices or an unknown's nearest topics.
const picksQuery = () => sql<PickRow>`
  SELECT lower(trim(q.question)) AS gap, ${reason} AS reason, p.section AS section, count(*) AS count
  FROM answer_picks p JOIN questions q ON q.id = p.question_id
  WHERE q.confident = 0
  GROUP BY lower(trim(q.question)), ${reason}, p.section
  ORDER BY count(*) DESC, p.section`;

/** A gap's group: its reason and the question as SQL folded it (lower-cased, trimmed). */
const gapKey = (row: { gap: string; reason: string }) => `${row.reason}\n${row.gap}`;

/** The most asked gaps first, then the most recent; each with what people picked instead. */
export async function listGaps(db: RegistryDb, limit: number): Promise<KnowledgeGap[]> {
  const { rows } = await gapsQuery(limit).execute(db);
  const picks = new Map<string, GapPick[]>();
  for (const row of (await picksQuery().execute(db)).rows) {
    const key = gapKey(row);
    picks.set(key, [...(picks.get(key) ?? []), { section: row.section, count: Number(row.count) }]);
  }
  return rows.map((row) => ({
    question: row.question,
    reason: row.reason,
    count: Number(row.count),
    lastAsked: new Date(Number(row.last_asked)),
    closest: row.closest,
    picked: picks.get(gapKey(row)) ?? [],
  }));
}
