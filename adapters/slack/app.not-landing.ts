import type { ActionContext } from './action-context.js';
import { ask } from './app.questions.js';
import { fallbackText } from './blocks/kit.js';
import { replyContext, type SlackDeps } from './deps.js';
import { ACTION } from './ids.js';
import { replyPrivately } from './reply.js';
import type { SlackRoutes } from './routes.js';

/** A knowledge reference (`doc#section`), the only thing these buttons carry. */
const REF = /^[a-z0-9-]{1,80}(#[a-z0-9-]{1,80})?$/;

/**
 * "Ask the advisor about it": the button's knowledge reference asked exactly as a typed question
 * (same answer, recorded the same way), in the thread of the digest or status it sits on, or
 * privately when that message was the clicker's alone.
 */
async function askAboutIt(deps: SlackDeps, ctx: ActionContext, privately: boolean): Promise<void> {
  if (!ctx.value || !REF.test(ctx.value)) return;
  const message = await ask(deps, ctx.value, { user: ctx.user });
  if (privately || !ctx.channel || !ctx.threadTs) return replyPrivately(replyContext(deps), { user: ctx.user, responseUrl: ctx.responseUrl }, message);
  await deps.client.chat.postMessage({ channel: ctx.channel, thread_ts: ctx.threadTs, text: fallbackText(message.text), blocks: message.blocks, unfurl_links: false });
}

export function registerNotLandingActions(routes: SlackRoutes, deps: SlackDeps): void {
  routes.action(ACTION.landingAsk, 'ask about a stream not landing', (ctx) => askAboutIt(deps, ctx, false));
  routes.action(ACTION.landingAskPrivate, 'ask about a stream not landing', (ctx) => askAboutIt(deps, ctx, true));
}
