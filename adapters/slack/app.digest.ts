import { z } from 'zod';
import { isAdvisorError } from '../../src/errors.js';
import { DAY_MS } from '../../src/registry/check-state.js';
import { snoozeStream } from '../../src/registry/snoozes.js';
import { findStream } from '../../src/registry/stream-lookup.js';
import type { ActionContext } from './action-context.js';
import { fallbackText, section } from './blocks/kit.js';
import { LIMITS } from './blocks/limits.js';
import { who } from './blocks/recorded-review.js';
import { REASON_BLOCK, SNOOZE_DAYS, snoozeModal } from './blocks/snooze-modal.js';
import { escapeMrkdwn } from './blocks/text.js';
import { unknownStreamMessage } from './blocks/recorded-review.js';
import type { SlackDeps } from './deps.js';
import { ACTION, VIEW } from './ids.js';
import { openReviewForm, send } from './review-replies.js';
import type { SlackRoutes } from './routes.js';
import { decodeState, encodeState, snoozeMetaSchema } from './state.js';

async function openReview(deps: SlackDeps, ctx: ActionContext): Promise<void> {
  const stream = ctx.value ? await findStream(deps.db, ctx.value) : null;
  if (!stream) return send(deps, { user: ctx.user, responseUrl: ctx.responseUrl }, unknownStreamMessage(ctx.value ?? ''));
  if (ctx.triggerId) await openReviewForm(deps, ctx.triggerId, stream.description, { r: ctx.responseUrl, c: ctx.channel });
}

async function askSnoozeReason(deps: SlackDeps, ctx: ActionContext): Promise<void> {
  const stream = ctx.value ? await findStream(deps.db, ctx.value) : null;
  if (!stream || !ctx.triggerId) return;
  const meta = encodeState({ s: stream.name, c: ctx.channel, t: ctx.messageTs, r: ctx.responseUrl }, LIMITS.privateMetadata);
  if (meta !== null) await deps.client.views.open({ trigger_id: ctx.triggerId, view: snoozeModal(stream.name, meta) });
}

const snoozeSubmission = z.object({
  user: z.object({ id: z.string().min(1).max(40) }),
  view: z.object({ private_metadata: z.string(), state: z.object({ values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }))) }) }),
});

type Ack = (response?: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>;

/** Records the snooze with its reason and who asked, then says so in the digest's thread. */
async function submitSnooze(deps: SlackDeps, body: unknown, ack: Ack): Promise<void> {
  const parsed = snoozeSubmission.safeParse(body);
  const meta = parsed.success ? decodeState(parsed.data.view.private_metadata, snoozeMetaSchema) : null;
  const reason = parsed.success ? (parsed.data.view.state.values[REASON_BLOCK]?.[REASON_BLOCK]?.value ?? '').trim() : '';
  if (!parsed.success || !meta) return ack({ response_action: 'errors', errors: { [REASON_BLOCK]: 'This form could not be read; click Snooze in the digest again.' } });
  if (reason === '') return ack({ response_action: 'errors', errors: { [REASON_BLOCK]: 'Say why this stream may stay unchecked for a week.' } });
  const user = parsed.data.user.id;
  const until = new Date(deps.now().getTime() + SNOOZE_DAYS * DAY_MS);
  try {
    await snoozeStream(deps.db, meta.s, { until, reason, by: user, at: deps.now() });
  } catch (error) {
    if (!isAdvisorError(error)) throw error;
    return ack({ response_action: 'errors', errors: { [REASON_BLOCK]: error.message.slice(0, LIMITS.fieldError) } });
  }
  await ack();
  const text = `${who(user)} snoozed *${escapeMrkdwn(meta.s)}* until ${until.toISOString().slice(0, 10)}: ${escapeMrkdwn(reason)}`;
  const message = { text: `${meta.s} snoozed until ${until.toISOString().slice(0, 10)}`, blocks: [section(text)] };
  deps.tasks.run('snooze note', async () => {
    if (meta.c && meta.t) await deps.client.chat.postMessage({ channel: meta.c, thread_ts: meta.t, text: fallbackText(message.text), blocks: message.blocks });
    else await send(deps, { user, responseUrl: meta.r }, message);
  });
}

/** The digest's buttons: Review opens the form pre-filled from the registry; Snooze asks why. */
export function registerDigestActions(routes: SlackRoutes, deps: SlackDeps): void {
  routes.action(ACTION.digestReview, 'digest review', (ctx) => openReview(deps, ctx));
  routes.action(ACTION.digestSnooze, 'digest snooze', (ctx) => askSnoozeReason(deps, ctx));
  routes.view(VIEW.snooze, (body, ack) => submitSnooze(deps, body, ack));
}
