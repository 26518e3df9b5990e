import { reviewStream, type ReviewOptions } from './engine.js';
import { questionFor } from './input-catalogue.js';
import { REQUIRED_KEYS, type InputKey, type PartialStreamDescription, type StreamDescription } from './stream-description.js';
import type { FollowUpQuestion, ReviewResult } from './types.js';

export { questionFor };
export type { FollowUpQuestion };

function complete(partial: PartialStreamDescription): StreamDescription | undefined {
  const { name, connector, category, refreshMode } = partial;
  if (name === undefined || connector === undefined || category === undefined || refreshMode === undefined) return undefined;
  return { ...partial, name, connector, category, refreshMode };
}

/**
 * The questions of a review's `needs-info` rules, in rule order, each input once (in the words
 * of the first rule that asks it), leaving out any input the draft already gives so a flow
 * that keeps asking always ends.
 */
export function questionsOf(result: ReviewResult, given: PartialStreamDescription = {}): FollowUpQuestion[] {
  const asked = new Map<string, FollowUpQuestion>();
  for (const rule of result.rules) {
    if (rule.status !== 'needs-info') continue;
    for (const question of rule.asks ?? []) if (!asked.has(question.key) && given[question.key] === undefined) asked.set(question.key, question);
  }
  return [...asked.values()];
}

/**
 * What a chat flow still has to ask: the missing required keys first; once those are
 * answered, the questions of every `needs-info` rule, in rule order. Empty when the checklist
 * is complete. Call it again after each answer: an answer can raise a new question
 * (e.g. `connector=ingestion-api` brings `apiPattern`).
 */
export function followUpQuestions(partial: PartialStreamDescription, options: ReviewOptions = {}): FollowUpQuestion[] {
  const missing = REQUIRED_KEYS.filter((key) => partial[key] === undefined);
  const stream = complete(partial);
  if (!stream) return missing.map(questionFor);
  return questionsOf(reviewStream(stream, options), partial);
}

/** The question for one input of a draft: in the words (and choices) of the rule that asks it, else the catalogue's. */
export function questionAbout(key: InputKey, partial: PartialStreamDescription, options: ReviewOptions = {}): FollowUpQuestion {
  return followUpQuestions(partial, options).find((question) => question.key === key) ?? questionFor(key);
}
