import type { Advisor } from '../../../src/answer/advisor.js';
import type { AnswerBand } from '../../../src/answer/types.js';

/**
 * Questions that land in each band with the real knowledge base, for the chat tests and the
 * screenshots. Retrieval keeps being tuned, so each band has several candidates and the first
 * that still lands there (an unknown with at least two nearest topics, so its buttons show) is
 * the one used; when none does, the error says to add one that does.
 */
export const BAND_CANDIDATES: Readonly<Record<AnswerBand, readonly string[]>> = {
  answer: ['what does upsert do with deleted records?', 'why is my full refresh so expensive?', 'deleted contacts still show up in our segments'],
  clarify: ['retention', 'how far back', 'it stopped working', 'retention period'],
  unknown: ['refresh my browser', 'power bi dashboard wont refresh after the gateway update', 'git rebase vs merge', 'any good lunch spots near the office?'],
};

export function questionInBand(advisor: Advisor, band: AnswerBand): string {
  const fits = (question: string) => {
    const result = advisor.ask(question);
    return result.band === band && (band !== 'unknown' || result.sources.length >= 2);
  };
  const found = BAND_CANDIDATES[band].find(fits);
  if (found === undefined) {
    const got = BAND_CANDIDATES[band].map((q) => `"${q}" → ${advisor.ask(q).band}`).join(', ');
    throw new Error(`None of the ${band} candidates lands in that band any more (${got}); add a question that does to BAND_CANDIDATES in test/adapters/support/band-questions.ts.`);
  }
  return found;
}
