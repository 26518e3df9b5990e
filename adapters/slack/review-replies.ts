import type { StreamDescription } from '../../src/review/stream-description.js';
import type { ReviewResult, Verdict } from '../../src/review/types.js';
import { checklistBlocks, checklistMessage } from './blocks/checklist.js';
import { followUpMessage } from './blocks/follow-up.js';
import { actions, button, context, divider, fitMessage, section, type Block } from './blocks/kit.js';
import { LIMITS } from './blocks/limits.js';
import { refRenderer } from './blocks/refs.js';
import { reviewModal } from './blocks/review-modal.js';
import { escapeMrkdwn } from './blocks/text.js';
import { replyContext, type SlackDeps } from './deps.js';
import { ACTION } from './ids.js';
import { replyPrivately, type ResponseOptions, type SlackMessage } from './reply.js';
import type { ReviewStep } from './review-flow.js';
import { encodeState, type ReplyTarget } from './state.js';

/** Who a review step answers, and through which response URL. */
export interface ReviewAudience {
  user: string;
  responseUrl: string | undefined;
}

/**
 * The buttons under a finished checklist: record it, go back to the form to change the
 * description, or share it. They carry the description, so nothing is kept server-side.
 */
export function checklistButtons(stream: StreamDescription): Block[] {
  const value = encodeState(stream, LIMITS.buttonValue);
  if (value === null) return [context('_This description is too long to record from Slack; record it with `ingest-advisor review --file FILE --record`._')];
  return [actions([button('Record review', ACTION.record, value, 'primary'), button('Edit in the form', ACTION.editForm, value), button('Share in channel', ACTION.share, value)], 'review-actions')];
}

/**
 * Under a recorded checklist: a review that did not ship keeps the way back to the form (fix
 * the description, review again); every one can still be shared.
 */
export function recordedButtons(stream: StreamDescription, verdict: Verdict): Block[] {
  const value = encodeState(stream, LIMITS.buttonValue);
  if (value === null) return [];
  const edit = verdict === 'ship' ? [] : [button('Edit in the form', ACTION.editForm, value, 'primary')];
  return [actions([...edit, button('Share in channel', ACTION.share, value)], 'review-actions')];
}

export function finishedChecklist(deps: SlackDeps, stream: StreamDescription, result: ReviewResult, extra?: Block[]): SlackMessage {
  return checklistMessage(result, refRenderer(deps.advisor, deps.docsBaseUrl), extra ?? checklistButtons(stream));
}

export function invalidMessage(step: Extract<ReviewStep, { kind: 'invalid' }>): SlackMessage {
  const issues = step.issues.map((issue) => `• ${escapeMrkdwn(issue.message)}`).join('\n');
  const text = `${escapeMrkdwn(step.message)}${issues && !step.message.includes(step.issues[0]?.message ?? '\u0000') ? `\n${issues}` : ''}\n_\`/ingest-review help\` lists every input and its values._`;
  return { text: step.message, blocks: [section(text)] };
}

export function stepMessage(deps: SlackDeps, step: ReviewStep): SlackMessage {
  if (step.kind === 'invalid') return invalidMessage(step);
  if (step.kind === 'ask') {
    const question = followUpMessage(step);
    if (!step.preview) return question;
    // The verdict so far on top, so a stream that already fails says so before any question;
    // the reminders wait for the finished checklist.
    const checklist = checklistBlocks({ ...step.preview, reminders: [] }, refRenderer(deps.advisor, deps.docsBaseUrl));
    return { text: `${step.preview.stream}: ${step.preview.verdict} so far. ${question.text}`, blocks: fitMessage([...checklist, divider(), ...question.blocks]) };
  }
  return finishedChecklist(deps, step.stream, step.result);
}

/** Shows a step privately; `replace` swaps it for the message whose button was clicked. */
export async function sendStep(deps: SlackDeps, to: ReviewAudience, step: ReviewStep, replace = false): Promise<void> {
  await send(deps, to, stepMessage(deps, step), { replaceOriginal: replace });
}

export async function send(deps: SlackDeps, to: ReviewAudience, message: SlackMessage, options: ResponseOptions = {}): Promise<void> {
  await replyPrivately(replyContext(deps), to, message, options);
}

/** Opens the review form pre-filled with `initial`; the reply target rides in private_metadata. */
export async function openReviewForm(deps: SlackDeps, triggerId: string, initial: Readonly<Record<string, unknown>>, target: ReplyTarget): Promise<void> {
  const meta = encodeState(target, LIMITS.privateMetadata) ?? '{}';
  await deps.client.views.open({ trigger_id: triggerId, view: reviewModal(initial, meta) });
}
