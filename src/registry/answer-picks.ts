import type { RegistryDb } from './open-registry.js';
import { isKnownQuestion } from './questions.js';
import { statement } from './statements.js';

/** A section someone picked from a question's "did you mean" choices or its nearest topics. */
export interface AnswerPick {
  questionId: number;
  /** The picked section, `doc#section`. */
  section: string;
  by: string;
  at: Date;
}

/** Stores a pick; a person's later pick for the same question replaces theirs. False for an unknown question. */
export function recordPick(db: RegistryDb, pick: AnswerPick): boolean {
  if (!isKnownQuestion(db, pick.questionId)) return false;
  statement(
    db,
    `INSERT INTO answer_picks (question_id, by, section, at) VALUES (?, ?, ?, ?)
     ON CONFLICT (question_id, by) DO UPDATE SET section = excluded.section, at = excluded.at`,
  ).run(pick.questionId, pick.by, pick.section, pick.at.getTime());
  return true;
}
