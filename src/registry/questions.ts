import type { RegistryDb } from './registry-db.js';
import type { ReviewChannel } from './record-review.js';

/** Longer questions are stored cut: nobody types a page into chat, and the log must stay small. */
export const MAX_STORED_QUESTION = 1_000;

export interface AskedQuestion {
  /** The chat delivery it came from, so a redelivered question is stored once. */
  eventKey?: string;
  question: string;
  confident: boolean;
  /** The best source as `doc#section`, or null when nothing matched. */
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
    confident: asked.confident ? 1 : 0,
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

/** Stores a Helpful / Not helpful click; a person's later click on the same answer replaces theirs. False for an unknown question. */
export async function recordFeedback(db: RegistryDb, feedback: Feedback): Promise<boolean> {
  const known = await db.selectFrom('questions').select('id').where('id', '=', feedback.questionId).executeTakeFirst();
  if (!known) return false;
  await db
    .insertInto('answer_feedback')
    .values({ question_id: feedback.questionId, by: feedback.by, helpful: feedback.helpful ? 1 : 0, at: feedback.at.getTime() })
    .onConflict((conflict) => conflict.columns(['question_id', 'by']).doUpdateSet((eb) => ({ helpful: eb.ref('excluded.helpful'), at: eb.ref('excluded.at') })))
    .execute();
  return true;
}
