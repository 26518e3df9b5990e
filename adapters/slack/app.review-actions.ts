import { isAdvisorError } from '../../src/errors.js';
import { recordReview } from '../../src/registry/record-review.js';
import { findStream } from '../../src/registry/stream-lookup.js';
import { reviewStream } from '../../src/review/engine.js';
import { questionAbout, questionFor } from '../../src/review/follow-up.js';
import { parseStreamDescription } from '../../src/review/schema.js';
import type { InputKey, StreamDescription } from '../../src/review/stream-description.js';
import { INPUT_KEYS } from '../../src/review/input-catalogue.js';
import type { ActionContext } from './action-context.js';
import { checklistBlocks } from './blocks/checklist.js';
import { context, divider, fitMessage, section } from './blocks/kit.js';
import { LIMITS } from './blocks/limits.js';
import { refRenderer } from './blocks/refs.js';
import { who } from './blocks/recorded-review.js';
import { inputModal } from './blocks/review-modal.js';
import { reviewOptions, type SlackDeps } from './deps.js';
import { ACTION, indexedPattern } from './ids.js';
import { checkDraft, nextStep } from './review-flow.js';
import type { SlackRoutes } from './routes.js';
import { finishedChecklist, openReviewForm, recordedButtons, send, sendStep } from './review-replies.js';
import { decodeState, draftSchema, encodeState, followUpValueSchema } from './state.js';
import { utcMinute } from '../../src/text/utc-minute.js';

const audience = (ctx: ActionContext) => ({ user: ctx.user, responseUrl: ctx.responseUrl });

async function openForm(deps: SlackDeps, ctx: ActionContext): Promise<void> {
  if (!ctx.triggerId) return;
  const known = ctx.value ? await findStream(deps.db, ctx.value) : null;
  await openReviewForm(deps, ctx.triggerId, known?.description ?? {}, { r: ctx.responseUrl, c: ctx.channel });
}

/** "Edit in the form": the form pre-filled with the description the button carries (checked again on submit). */
async function editInForm(deps: SlackDeps, ctx: ActionContext): Promise<void> {
  const draft = decodeState(ctx.value, draftSchema);
  if (!ctx.triggerId || !draft) return;
  await openReviewForm(deps, ctx.triggerId, draft, { r: ctx.responseUrl, c: ctx.channel });
}

/** A choice button: the draft it carries plus the chosen value, then the next step. */
async function choose(deps: SlackDeps, ctx: ActionContext, showNow: boolean): Promise<void> {
  const value = decodeState(ctx.value, followUpValueSchema);
  if (!value) return;
  const draft = checkDraft(value.v === undefined ? value.d : { ...value.d, [value.k]: value.v });
  await sendStep(deps, audience(ctx), 'ok' in draft ? nextStep(draft.draft, { ...reviewOptions(deps), showNow }) : draft, true);
}

/** "Answer…": a one-field form for an input that is not a simple choice (text, numbers, lists). */
async function askInForm(deps: SlackDeps, ctx: ActionContext): Promise<void> {
  const value = decodeState(ctx.value, followUpValueSchema);
  if (!value || !ctx.triggerId || !INPUT_KEYS.includes(value.k as InputKey)) return;
  const key = value.k as InputKey;
  const draft = checkDraft(value.d);
  const question = 'ok' in draft ? questionAbout(key, draft.draft, reviewOptions(deps)) : questionFor(key);
  const meta = encodeState({ d: value.d, k: key, r: ctx.responseUrl, c: ctx.channel }, LIMITS.privateMetadata);
  if (meta === null) return;
  await deps.client.views.open({ trigger_id: ctx.triggerId, view: inputModal(key, question.question, meta) });
}

function describedStream(ctx: ActionContext): StreamDescription | null {
  const raw = decodeState(ctx.value, draftSchema);
  if (!raw) return null;
  try {
    return parseStreamDescription(raw);
  } catch (error) {
    if (isAdvisorError(error)) return null;
    throw error;
  }
}

/** "Record review": the review is run again on the carried description (never trusted) and stored. */
async function record(deps: SlackDeps, ctx: ActionContext): Promise<void> {
  const stream = describedStream(ctx);
  if (!stream) return;
  const result = reviewStream(stream, reviewOptions(deps));
  const recorded = await recordReview(deps.db, stream, result, { by: ctx.user, via: 'slack', at: deps.now() });
  const checked = result.verdict === 'ship' || result.verdict === 'ship-with-warnings';
  const when = utcMinute(recorded.at);
  const effect = checked ? 'the stream is checked as of this description.' : `with verdict ${result.verdict} it stays in the digest until a review of it ships: edit the description and review it again.`;
  // A section, not a context block: who recorded it and what that did is the news of this message.
  const extra = [divider(), section(`📝 *Recorded* by ${who(ctx.user)} at ${when}: ${effect}`), ...recordedButtons(stream, result.verdict)];
  await send(deps, audience(ctx), finishedChecklist(deps, stream, result, extra), { replaceOriginal: true });
}

/** "Share in channel": everyone sees the checklist; the private copy stays for recording. */
async function share(deps: SlackDeps, ctx: ActionContext): Promise<void> {
  const stream = describedStream(ctx);
  if (!stream) return;
  const result = reviewStream(stream, reviewOptions(deps));
  const blocks = fitMessage([...checklistBlocks(result, refRenderer(deps.advisor, deps.docsBaseUrl)), context(`Shared by ${who(ctx.user)}`)]);
  await send(deps, audience(ctx), { text: `${result.stream}: ${result.verdict}`, blocks }, { visibility: 'in_channel' });
}

/** The buttons of answers, help, follow-up questions and finished checklists. */
export function registerReviewActions(routes: SlackRoutes, deps: SlackDeps): void {
  const on = routes.action.bind(routes);
  on(ACTION.openReview, 'open review form', (ctx) => openForm(deps, ctx));
  on(indexedPattern(ACTION.choice), 'follow-up answer', (ctx) => choose(deps, ctx, false));
  on(ACTION.showChecklist, 'show checklist', (ctx) => choose(deps, ctx, true));
  on(ACTION.answer, 'follow-up form', (ctx) => askInForm(deps, ctx));
  on(ACTION.editForm, 'edit in the form', (ctx) => editInForm(deps, ctx));
  on(ACTION.record, 'record review', (ctx) => record(deps, ctx));
  on(ACTION.share, 'share review', (ctx) => share(deps, ctx));
}
