import type { AnswerBand } from '../answer/types.js';
import type { RegistryDb } from './registry-db.js';
import type { ReviewChannel } from './record-review.js';

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

/** Logs a question asked in chat and returns its id (the same id for the same delivery, on any instance). */
export async function recordQuestion(db: RegistryDb, asked: AskedQuestion): Promise<number> {
  const row = {
    event_key: asked.eventKey ?? null,
    question: asked.question.slice(0, MAX_STORED_QUESTION),
    confident: asked.band === 'answer' ? 1 : 0,
    band: asked.band,
    top_source: asked.topSource,
    via: asked.via,
    asked_by: asked.by ?? null,
    asked_at: asked.at.getTime(),
  };
  const inserted = await db
    .insertInto('questions')
    .values(row)
    .onConflict((conflict) => conflict.column('event_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const existing = await db.selectFrom('questions').select('id').where('event_key', '=', asked.eventKey!).executeTakeFirstOrThrow();
  return existing.id;
}

export interface Feedback {
  questionId: number;
  helpful: boolean;
  by: string;
  at: Date;
}

/** Whether a question with this id was recorded (a button's id may be forged or its question gone). */
export async function isKnownQuestion(db: RegistryDb, questionId: number): Promise<boolean> {
  return (await db.selectFrom('questions').select('id').where('id', '=', questionId).executeTakeFirst()) !== undefined;
}

/** Stores a Helpful / Not helpful click; a person's later click on the same answer replaces theirs. False for an unknown question. */
export async function recordFeedback(db: RegistryDb, feedback: Feedback): Promise<boolean> {
  if (!(await isKnownQuestion(db, feedback.questionId))) return false;
  await db
    .insertInto('answer_feedback')
    .values({ question_id: feedback.questionId, by: feedback.by, helpful: feedback.helpful ? 1 : 0, at: feedback.at.getTime() })
    .onConflict((conflict) => conflict.columns(['question_id', 'by']).doUpdateSet((eb) => ({ helpful: eb.ref('excluded.helpful'), at: eb.ref('excluded.at') })))
    .execute();
  return true;
}
