import { recordPick } from '../../src/registry/answer-picks.js';
import { recordFeedback } from '../../src/registry/questions.js';
import type { ActionContext } from './action-context.js';
import { answerMessage } from './blocks/answer.js';
import { fallbackText, section } from './blocks/kit.js';
import { replyContext, type SlackDeps } from './deps.js';
import { ACTION, indexedPattern } from './ids.js';
import { readPickValue } from './pick-value.js';
import { replyPrivately } from './reply.js';
import type { SlackRoutes } from './routes.js';

async function thank(deps: SlackDeps, ctx: ActionContext, helpful: boolean): Promise<void> {
  const questionId = Number(ctx.value);
  if (!Number.isSafeInteger(questionId) || questionId <= 0) return;
  if (!(await recordFeedback(deps.db, { questionId, helpful, by: ctx.user, at: deps.now() }))) return;
  const text = helpful ? 'Thanks, noted as helpful.' : 'Thanks, noted: this question goes on the list of gaps, so the knowledge base can grow where it falls short.';
  await replyPrivately(replyContext(deps), { user: ctx.user, responseUrl: ctx.responseUrl }, { text, blocks: [section(text)] });
}

/**
 * A section picked from a "did you mean" or from the nearest topics: recorded against the
 * question (which section the person meant), then answered from that section in the same thread,
 * where everyone who saw the question sees it. Its Helpful / Not helpful belong to the question.
 */
async function answerPick(deps: SlackDeps, ctx: ActionContext): Promise<void> {
  const pick = readPickValue(ctx.value);
  const result = pick ? deps.advisor.answerSection(pick.ref) : null;
  if (!pick || !result || !ctx.channel) return;
  const recorded = pick.questionId !== null && (await recordPick(deps.db, { questionId: pick.questionId, section: pick.ref, by: ctx.user, at: deps.now() }));
  const message = answerMessage(result, recorded ? pick.questionId : null);
  await deps.client.chat.postMessage({ channel: ctx.channel, ...(ctx.threadTs ? { thread_ts: ctx.threadTs } : {}), text: fallbackText(message.text), blocks: message.blocks, unfurl_links: false });
}

/** Helpful / Not helpful clicks, and the sections picked from a "did you mean" or an "I don't know" (all stored). */
export function registerFeedback(routes: SlackRoutes, deps: SlackDeps): void {
  const on = routes.action.bind(routes);
  on(ACTION.helpful, 'feedback', (ctx) => thank(deps, ctx, true));
  on(ACTION.notHelpful, 'feedback', (ctx) => thank(deps, ctx, false));
  on(indexedPattern(ACTION.topic), 'picked section', (ctx) => answerPick(deps, ctx));
}
