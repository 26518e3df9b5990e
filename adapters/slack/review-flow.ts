import { isAdvisorError, type InputIssue } from '../../src/errors.js';
import { reviewStream, type ReviewOptions } from '../../src/review/engine.js';
import { followUpQuestions, questionsOf, type FollowUpQuestion } from '../../src/review/follow-up.js';
import { wordsToObject } from '../../src/review/input/inline.js';
import { tokenizeChatText } from '../../src/review/input/tokenize.js';
import { parsePartialStreamDescription } from '../../src/review/schema.js';
import { REQUIRED_KEYS, type PartialStreamDescription, type StreamDescription } from '../../src/review/stream-description.js';
import type { ReviewResult } from '../../src/review/types.js';

/** Where a chat review stands after the inputs given so far. */
export type ReviewStep =
  | { kind: 'invalid'; message: string; issues: InputIssue[] }
  | {
      kind: 'ask';
      draft: PartialStreamDescription;
      question: FollowUpQuestion;
      remaining: number;
      /** The checklist as far as the inputs go, once the required ones are given. */
      preview: ReviewResult | null;
    }
  | { kind: 'review'; stream: StreamDescription; result: ReviewResult };

/** Checks a draft (from chat text, a button or a form); bad input becomes an `invalid` step naming each key. */
export function checkDraft(raw: unknown): { ok: true; draft: PartialStreamDescription } | Extract<ReviewStep, { kind: 'invalid' }> {
  try {
    return { ok: true, draft: parsePartialStreamDescription(raw) };
  } catch (error) {
    if (!isAdvisorError(error)) throw error;
    return { kind: 'invalid', message: error.message, issues: error.issues };
  }
}

/** `key=value` words as typed after `/ingest-review`. */
export function draftFromText(text: string): ReturnType<typeof checkDraft> {
  try {
    return checkDraft(wordsToObject(tokenizeChatText(text)));
  } catch (error) {
    if (!isAdvisorError(error)) throw error;
    return { kind: 'invalid', message: error.message, issues: error.issues };
  }
}

/**
 * The next step: a missing required input, then an input a rule needs, as a question; or the
 * checklist once nothing is left to ask (or the person asked for it as it is).
 */
export function nextStep(draft: PartialStreamDescription, options: ReviewOptions & { showNow?: boolean }): ReviewStep {
  const canReview = REQUIRED_KEYS.every((key) => draft[key] !== undefined);
  if (!canReview) {
    const questions = followUpQuestions(draft, options);
    return { kind: 'ask', draft, question: questions[0]!, remaining: questions.length, preview: null };
  }
  // Every value of a draft was checked when it was read, and the required ones are all given.
  const stream = draft as StreamDescription;
  const result = reviewStream(stream, options);
  // What followUpQuestions asks once the required keys are given, read off this one review
  // rather than a second; a key already given is never asked again, so the flow always ends.
  const questions = questionsOf(result, draft);
  const first = questions[0];
  if (first && !options.showNow) return { kind: 'ask', draft, question: first, remaining: questions.length, preview: result };
  return { kind: 'review', stream, result };
}

/** A draft written back as `key=value` words, for a person to copy and finish by hand. */
export function draftAsText(draft: PartialStreamDescription): string {
  return Object.entries(draft)
    .map(([key, value]) => {
      const text = Array.isArray(value) ? value.join(',') : String(value);
      return /[\s"']/.test(text) ? `${key}="${text.replace(/["\\]/g, '\\$&')}"` : `${key}=${text}`;
    })
    .join(' ');
}
