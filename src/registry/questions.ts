import type { AnswerBand } from '../answer/types.js';
import type { RegistryDb } from './open-registry.js';
import type { ReviewChannel } from './record-review.js';
import { statement } from './statements.js';

/** Longer questions are stored cut: nobody types a page into chat, and the log must stay small. */
export const MAX_STORED_QUESTION = 1_000;

export interface AskedQuestion {
  /** The chat delivery it came from, so a redelivered question is stored once. */
  eventKey?: string;
  question: string;
  /** How it was answered; `confident` is stored too, true exactly for `answer`. */
  band: AnswerBand;
  /** The best source (a clarify's first choice, an unknown's nearest topic) as `doc#section`, or null when nothing matched. */
  topSource: string | null;
  via: ReviewChannel;
  by?: string;
  at: Date;
}

/** Logs a question asked in chat and returns its id (the same id for the same delivery). */
export function recordQuestion(db: RegistryDb, asked: AskedQuestion): number {
  const write = db.transaction((): number => {
    if (asked.eventKey) {
      const existing = statement(db, 'SELECT id FROM questions WHERE event_key = ?').pluck().get(asked.eventKey) as number | undefined;
      if (existing !== undefined) return existing;
    }
    const info = statement(db, 'INSERT INTO questions (event_key, question, confident, band, top_source, via, asked_by, asked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      asked.eventKey ?? null,
      asked.question.slice(0, MAX_STORED_QUESTION),
      asked.band === 'answer' ? 1 : 0,
      asked.band,
      asked.topSource,
      asked.via,
      asked.by ?? null,
      asked.at.getTime(),
    );
    return Number(info.lastInsertRowid);
  });
  return write.immediate();
}

export interface Feedback {
  questionId: number;
  helpful: boolean;
  by: string;
  at: Date;
}

/** Whether a question with this id was recorded (a button's id may be forged or its question gone). */
export function isKnownQuestion(db: RegistryDb, questionId: number): boolean {
  return statement(db, 'SELECT 1 FROM questions WHERE id = ?').pluck().get(questionId) !== undefined;
}

/** Stores a Helpful / Not helpful click; a person's later click on the same answer replaces theirs. False for an unknown question. */
export function recordFeedback(db: RegistryDb, feedback: Feedback): boolean {
  if (!isKnownQuestion(db, feedback.questionId)) return false;
  statement(
    db,
    `INSERT INTO answer_feedback (question_id, by, helpful, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (question_id, by) DO UPDATE SET helpful = excluded.helpful, at = excluded.at`,
  ).run(feedback.questionId, feedback.by, feedback.helpful ? 1 : 0, feedback.at.getTime());
  return true;
}
