import type { RegistryDb } from './open-registry.js';
import { statement } from './statements.js';

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
  count: number;
  last_asked: number;
  closest: string | null;
}

interface PickRow {
  gap: string;
  reason: KnowledgeGap['reason'];
  section: string;
  count: number;
}

const REASON = `CASE q.band WHEN 'clarify' THEN 'clarify' WHEN 'answer' THEN 'not-helpful' ELSE 'unanswered' END`;

// Grouped on lower-cased, trimmed text; SQLite cannot collapse inner spaces, so the gaps
// command's readers see "upsert  deletes" and "upsert deletes" apart, which is rare and harmless.
const GAPS_SQL = `
  WITH flagged AS (
    SELECT q.*, ${REASON} AS reason
    FROM questions q
    WHERE q.confident = 0
       OR EXISTS (SELECT 1 FROM answer_feedback f WHERE f.question_id = q.id AND f.helpful = 0)
  )
  SELECT (SELECT f2.question FROM flagged f2 WHERE lower(trim(f2.question)) = lower(trim(f.question)) AND f2.reason = f.reason ORDER BY f2.asked_at DESC, f2.id DESC LIMIT 1) AS question,
         lower(trim(question)) AS gap, reason, count(*) AS count, max(asked_at) AS last_asked,
         (SELECT f3.top_source FROM flagged f3 WHERE lower(trim(f3.question)) = lower(trim(f.question)) AND f3.reason = f.reason ORDER BY f3.asked_at DESC, f3.id DESC LIMIT 1) AS closest
  FROM flagged f
  GROUP BY lower(trim(question)), reason
  ORDER BY count DESC, last_asked DESC
  LIMIT ?`;

// Picks are made on questions that were not answered outright: a clarify's choices or an unknown's nearest topics.
const PICKS_SQL = `
  SELECT lower(trim(q.question)) AS gap, ${REASON} AS reason, p.section AS section, count(*) AS count
  FROM answer_picks p JOIN questions q ON q.id = p.question_id
  WHERE q.confident = 0
  GROUP BY lower(trim(q.question)), ${REASON}, p.section
  ORDER BY count DESC, p.section`;

/** A gap's group: its reason and the question as SQL folded it (lower-cased, trimmed). */
const gapKey = (row: { gap: string; reason: string }) => `${row.reason}\n${row.gap}`;

/** The most asked gaps first, then the most recent; each with what people picked instead. */
export function listGaps(db: RegistryDb, limit: number): KnowledgeGap[] {
  const rows = statement(db, GAPS_SQL).all(limit) as GapRow[];
  const picks = new Map<string, GapPick[]>();
  for (const row of statement(db, PICKS_SQL).all() as PickRow[]) {
    const key = gapKey(row);
    picks.set(key, [...(picks.get(key) ?? []), { section: row.section, count: row.count }]);
  }
  return rows.map((row) => ({
    question: row.question,
    reason: row.reason,
    count: row.count,
    lastAsked: new Date(row.last_asked),
    closest: row.closest,
    picked: picks.get(gapKey(row)) ?? [],
  }));
}
