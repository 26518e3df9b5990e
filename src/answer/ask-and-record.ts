import type { RegistryDb } from '../registry/registry-db.js';
import { recordQuestion, type AskedQuestion } from '../registry/questions.js';
import type { Advisor } from './advisor.js';
import type { AskResult } from './types.js';

/** Who asked, where, and which delivery brought it (a redelivered question is stored once). */
export type Asker = Pick<AskedQuestion, 'via' | 'by' | 'eventKey' | 'at'>;

/**
 * A question asked in chat: the advisor's answer, and the question logged with how it was
 * answered and its best source, for Helpful / Not helpful, picks and the gaps list.
 */
export async function askAndRecord(db: RegistryDb, advisor: Advisor, question: string, asker: Asker): Promise<{ result: AskResult; questionId: number }> {
  const result = advisor.ask(question);
  const top = result.sources[0];
  const questionId = await recordQuestion(db, { ...asker, question: result.question, band: result.band, topSource: top ? `${top.doc}#${top.section}` : null });
  return { result, questionId };
}
