import { reviewStream, type ReviewOptions } from './engine.js';
import { inputSpec } from './input-catalogue.js';
import { REQUIRED_KEYS, type InputKey, type PartialStreamDescription, type StreamDescription } from './stream-description.js';

/** One question a chat flow asks; `choices` become buttons. */
export interface FollowUpQuestion {
  key: InputKey;
  question: string;
  choices?: string[];
}

export function questionFor(key: InputKey): FollowUpQuestion {
  const spec = inputSpec(key);
  return spec.values ? { key, question: spec.question, choices: [...spec.values] } : { key, question: spec.question };
}

function complete(partial: PartialStreamDescription): StreamDescription | undefined {
  const { name, connector, category, refreshMode } = partial;
  if (name === undefined || connector === undefined || category === undefined || refreshMode === undefined) return undefined;
  return { ...partial, name, connector, category, refreshMode };
}

/**
 * What a chat flow still has to ask: the missing required keys first; once those are
 * answered, the keys of every `needs-info` rule, in rule order. Empty when the checklist
 * is complete. Call it again after each answer: an answer can raise a new question
 * (e.g. `connector=ingestion-api` brings `apiPattern`).
 */
export function followUpQuestions(partial: PartialStreamDescription, options: ReviewOptions = {}): FollowUpQuestion[] {
  const missing = REQUIRED_KEYS.filter((key) => partial[key] === undefined);
  const stream = complete(partial);
  if (!stream) return missing.map(questionFor);
  const needed = reviewStream(stream, options).rules.flatMap((rule) => (rule.status === 'needs-info' ? (rule.needs ?? []) : []));
  return [...new Set(needed)].map(questionFor);
}
