import type { RegistryDb } from './open-registry.js';
import { statement } from './statements.js';

/**
 * A question the knowledge base did not answer well: nothing matched with confidence
 * (`unanswered`), or someone marked the answer Not helpful (`not-helpful`).
 */
export interface KnowledgeGap {
  /** The question as last asked (questions that differ only in case and spacing are one gap). */
  question: string;
  reason: 'unanswered' | 'not-helpful';
  /** How many times it was asked (for `not-helpful`: how many answers were marked so). */
  count: number;
  lastAsked: Date;
  /** The closest section, `doc#section`, when anything matched at all. */
  closest: string | null;
}

interface GapRow {
  question: string;
  reason: KnowledgeGap['reason'];
  count: number;
  last_asked: number;
  closest: string | null;
}

// Grouped on lower-cased, trimmed text; SQLite cannot collapse inner spaces, so the gaps
// command's readers see "upsert  deletes" and "upsert deletes" apart, which is rare and harmless.
const GAPS_SQL = `
  WITH flagged AS (
    SELECT q.*, CASE WHEN q.confident = 0 THEN 'unanswered' ELSE 'not-helpful' END AS reason
    FROM questions q
    WHERE q.confident = 0
       OR EXISTS (SELECT 1 FROM answer_feedback f WHERE f.question_id = q.id AND f.helpful = 0)
  )
  SELECT (SELECT f2.question FROM flagged f2 WHERE lower(trim(f2.question)) = lower(trim(f.question)) AND f2.reason = f.reason ORDER BY f2.asked_at DESC, f2.id DESC LIMIT 1) AS question,
         reason, count(*) AS count, max(asked_at) AS last_asked,
         (SELECT f3.top_source FROM flagged f3 WHERE lower(trim(f3.question)) = lower(trim(f.question)) AND f3.reason = f.reason ORDER BY f3.asked_at DESC, f3.id DESC LIMIT 1) AS closest
  FROM flagged f
  GROUP BY lower(trim(question)), reason
  ORDER BY count DESC, last_asked DESC
  LIMIT ?`;

/** The most asked gaps first, then the most recent. */
export function listGaps(db: RegistryDb, limit: number): KnowledgeGap[] {
  const rows = statement(db, GAPS_SQL).all(limit) as GapRow[];
  return rows.map((row) => ({ question: row.question, reason: row.reason, count: row.count, lastAsked: new Date(row.last_asked), closest: row.closest }));
}
