import { inputSpec } from '../../../src/review/input-catalogue.js';
import type { PartialStreamDescription } from '../../../src/review/stream-description.js';
import { ACTION, indexed } from '../ids.js';
import type { SlackMessage } from '../reply.js';
import { draftAsText, type ReviewStep } from '../review-flow.js';
import { encodeState } from '../state.js';
import { actions, button, context, section, type Block, type Button } from './kit.js';
import { LIMITS } from './limits.js';
import { clip, escapeMrkdwn } from './text.js';

type AskStep = Extract<ReviewStep, { kind: 'ask' }>;

const FLAG_LABELS: Readonly<Record<string, string>> = { true: 'Yes', false: 'No' };

function given(draft: PartialStreamDescription): string {
  const text = draftAsText(draft);
  return text === '' ? 'nothing yet' : `\`${clip(text, 2_000).replace(/`/g, "'")}\``;
}

/**
 * What can come next: answer (a button per choice, each carrying the draft, or one that opens a
 * one-field form), or, once a checklist so far is shown above, finish with it as the inputs
 * allow (the finished checklist then offers the full form).
 */
function answerButtons(step: AskStep): Button[] | null {
  const { key, choices } = step.question;
  const spec = inputSpec(key);
  const single = spec.kind === 'choice' || spec.kind === 'flag';
  const buttons: Button[] = [];
  if (single && choices) {
    for (const [i, choice] of choices.entries()) {
      const value = encodeState({ d: step.draft, k: key, v: choice }, LIMITS.buttonValue);
      if (value === null) return null;
      buttons.push(button(spec.kind === 'flag' ? (FLAG_LABELS[choice] ?? choice) : choice, indexed(ACTION.choice, i), value));
    }
  } else {
    const value = encodeState({ d: step.draft, k: key }, LIMITS.buttonValue);
    if (value === null) return null;
    buttons.push(button('Answer…', ACTION.answer, value, 'primary'));
  }
  if (step.preview !== null) {
    const value = encodeState({ d: step.draft, k: key }, LIMITS.buttonValue);
    if (value !== null) buttons.push(button('Finish without answering', ACTION.showChecklist, value));
  }
  return buttons;
}

/** One follow-up question of an inline review, with the inputs so far. */
export function followUpMessage(step: AskStep): SlackMessage {
  const name = step.draft.name ? `*${escapeMrkdwn(step.draft.name)}*` : 'this stream';
  const lead = step.preview !== null ? `A rule needs more input to judge ${name}; answer to complete the checklist.` : `Reviewing ${name}: a required input is missing.`;
  const blocks: Block[] = [
    section(`${lead}\n*${escapeMrkdwn(step.question.question)}* (\`${step.question.key}\`)`),
    context(`${escapeMrkdwn(inputSpec(step.question.key).help)} · ${step.remaining} question${step.remaining === 1 ? '' : 's'} left · given: ${given(step.draft)}`),
  ];
  const buttons = answerButtons(step);
  if (buttons) blocks.push(actions(buttons, 'follow-up'));
  else blocks.push(section(`This description is too long to carry in buttons. Add the rest inline: \`/ingest-review ${clip(draftAsText(step.draft), 2_500)} ${step.question.key}=…\``));
  return { text: step.question.question, blocks };
}
