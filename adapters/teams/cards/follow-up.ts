import { inputSpec } from '../../../src/review/input-catalogue.js';
import type { PartialStreamDescription } from '../../../src/review/stream-description.js';
import { VERB } from '../ids.js';
import { draftAsText, type ReviewStep } from '../review-flow.js';
import { button, container, subtle, text } from './elements.js';
import { inputElements } from './inputs.js';
import type { CardAction, CardElement } from './kit.js';
import { LIMITS } from './limits.js';
import { clip, literal } from './text.js';

type AskStep = Extract<ReviewStep, { kind: 'ask' }>;

const FLAG_TITLES: Readonly<Record<string, string>> = { true: 'Yes', false: 'No' };

function given(draft: PartialStreamDescription): string {
  const words = draftAsText(draft);
  return words === '' ? 'nothing yet' : literal(clip(words, 1_000));
}

/**
 * One follow-up question of an inline review, and what can come next: answer it (a short choice
 * as a row of buttons, each carrying the draft and its answer; anything else as the form field
 * for that input and a Next button), or, once a checklist so far is shown above, finish with it
 * as the inputs allow (the finished checklist then offers the full form).
 */
export function followUpElements(step: AskStep, error?: string): { body: CardElement[]; actions: CardAction[] } {
  const { key, question, choices } = step.question;
  const spec = inputSpec(key);
  const name = step.draft.name ? `**${literal(step.draft.name)}**` : 'this stream';
  const lead = step.preview ? `A rule needs more input to judge ${name}; answer to complete the checklist.` : `Reviewing ${name}: a required input is missing.`;
  const body: CardElement[] = [
    text(lead),
    text(`**${literal(question)}** (${key})`, { spacing: 'Small' }),
    subtle(`${step.remaining} question${step.remaining === 1 ? '' : 's'} left · given: ${given(step.draft)}`),
  ];
  if (error) body.push(container([text(`⚠️ ${literal(error)}`)], { style: 'attention' }));
  const actions: CardAction[] = [];
  // The answers and "Finish without answering" share one row, which Teams caps at LIMITS.buttons.
  const room = LIMITS.buttons - (step.preview ? 1 : 0);
  const asButtons = (spec.kind === 'choice' || spec.kind === 'flag') && choices && choices.length <= room;
  if (asButtons) {
    for (const choice of choices) actions.push(button(spec.kind === 'flag' ? (FLAG_TITLES[choice] ?? choice) : choice, VERB.answer, { d: step.draft, k: key, v: choice }));
  } else {
    body.push(...inputElements({ ...spec, required: true }, undefined));
    actions.push(button('Next', VERB.answer, { d: step.draft, k: key }, { style: 'positive', associatedInputs: 'auto' }));
  }
  if (step.preview) actions.push(button('Finish without answering', VERB.showNow, { d: step.draft }));
  return { body, actions };
}
