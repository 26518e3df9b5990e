import { isKnownQuestion } from './questions.js';
import type { RegistryDb } from './registry-db.js';

/** A section someone picked from a question's "did you mean" choices or its nearest topics. */
export interface AnswerPick {
  questionId: number;
  /** The picked section, `doc#section`. */
  section: string;
  by: string;
  at: Date;
}

/** Stores a pick; a person's later pick for the same question replaces theirs. False for an unknown question. */
export async function recordPick(db: RegistryDb, pick: AnswerPick): Promise<boolean> {
  if (!(await isKnownQuestion(db, pick.questionId))) return false;
  await db
    .insertInto('answer_picks')
    .values({ question_id: pick.questionId, by: pick.by, section: pick.section, at: pick.at.getTime() })
    .onConflict((conflict) => conflict.columns(['question_id', 'by']).doUpdateSet((eb) => ({ section: eb.ref('excluded.section'), at: eb.ref('excluded.at') })))
    .execute();
  return true;
}
