import type { StreamDescription } from '../../../src/review/stream-description.js';
import type { ReviewResult, Verdict } from '../../../src/review/types.js';
import { VERB } from '../ids.js';
import type { ReviewStep } from '../review-flow.js';
import { checklistBody } from './checklist.js';
import { button, card, container, text } from './elements.js';
import { followUpElements } from './follow-up.js';
import type { AdaptiveCard, CardAction, CardElement } from './kit.js';
import type { RefRenderer } from './refs.js';
import { literal } from './text.js';

/**
 * Record (the description rides in the button) and a way back to the form; once recorded, a
 * review that did not ship keeps the way back, now the thing to do.
 */
function checklistActions(stream: StreamDescription, verdict: Verdict, recorded: boolean): CardAction[] {
  if (!recorded) return [button('Record review', VERB.record, { s: stream }, { style: 'positive' }), button('Edit in the form', VERB.openForm, { d: stream })];
  return verdict === 'ship' ? [] : [button('Edit in the form', VERB.openForm, { d: stream }, { style: 'positive' })];
}

/** A finished checklist; `note` says it was recorded. */
export function finishedChecklistCard(stream: StreamDescription, result: ReviewResult, refs: RefRenderer, note?: CardElement): AdaptiveCard {
  const body = [...checklistBody(result, refs), ...(note ? [note] : [])];
  return card(body, `${result.stream}: ${result.verdict}`, checklistActions(stream, result.verdict, note !== undefined));
}

export function invalidCard(step: Extract<ReviewStep, { kind: 'invalid' }>): AdaptiveCard {
  const issues = step.issues.filter((issue) => !step.message.includes(issue.message)).map((issue) => `- ${literal(issue.message)}`);
  const body: CardElement[] = [
    container([text(`⚠️ **${literal(step.message)}**`), ...(issues.length > 0 ? [text(issues.join('\n'), { spacing: 'Small' })] : [])], { style: 'attention' }),
    text('`ingest-review help` lists every input and its values; `ingest-review` alone opens the form.', { isSubtle: true, size: 'Small' }),
  ];
  return card(body, step.message);
}

/** Any step of an inline review: the problem, the next question (under the checklist so far), or the checklist. */
export function stepCard(step: ReviewStep, refs: RefRenderer, error?: string): AdaptiveCard {
  if (step.kind === 'invalid') return invalidCard(step);
  if (step.kind === 'review') return finishedChecklistCard(step.stream, step.result, refs);
  // The reminders wait for the finished checklist: this card is about the next question.
  const preview = step.preview ? checklistBody({ ...step.preview, reminders: [] }, refs) : [];
  const followUp = followUpElements(step, error);
  const fallback = step.preview ? `${step.preview.stream}: ${step.preview.verdict} so far. ${step.question.question}` : step.question.question;
  return card([...preview, container(followUp.body, { separator: preview.length > 0, spacing: 'Large', style: 'emphasis' })], fallback, followUp.actions);
}
