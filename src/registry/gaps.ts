import { sql } from 'kysely';
import type { RegistryDb } from './registry-db.js';

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

// Grouped on lower-cased, trimmed text; neither engine collapses inner spaces portably, so the
// gaps command's readers see "upsert  deletes" and "upsert deletes" apart, which is rare and harmless.
const gapsQuery = (limit: number) => sql<GapRow>`
  WITH flagged AS (
    SELECT q.id, q.question, q.top_source, q.asked_at, lower(trim(q.question)) AS k,
           CASE WHEN q.confident = 0 THEN 'unanswered' ELSE 'not-helpful' END AS reason
    FROM questions q
    WHERE q.confident = 0
       OR EXISTS (SELECT 1 FROM answer_feedback f WHERE f.question_id = q.id AND f.helpful = 0)
  ),
  grouped AS (SELECT k, reason, count(*) AS count, max(asked_at) AS last_asked FROM flagged GROUP BY k, reason),
  latest AS (
    SELECT k, reason, question, top_source, ROW_NUMBER() OVER (PARTITION BY k, reason ORDER BY asked_at DESC, id DESC) AS n
    FROM flagged
  )
  SELECT l.question, g.reason, g.count, g.last_asked, l.top_source AS closest
  FROM grouped g JOIN latest l ON l.k = g.k AND l.reason = g.reason AND l.n = 1
  ORDER BY g.count DESC, g.last_asked DESC, g.k, g.reason
  LIMIT ${limit}`;

/** The most asked gaps first, then the most recent. */
export async function listGaps(db: RegistryDb, limit: number): Promise<KnowledgeGap[]> {
  const { rows } = await gapsQuery(limit).execute(db);
  return rows.map((row) => ({ question: row.question, reason: row.reason, count: Number(row.count), lastAsked: new Date(Number(row.last_asked)), closest: row.closest }));
}
