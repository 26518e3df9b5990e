import { answerTopic } from '../../src/answer/answer-topic.js';
import { recordFeedback, recordQuestion } from '../../src/registry/questions.js';
import type { ActionContext } from './action-context.js';
import { answerMessage } from './blocks/answer.js';
import { fallbackText, section } from './blocks/kit.js';
import { replyContext, type SlackDeps } from './deps.js';
import { ACTION, indexedPattern } from './ids.js';
import { replyPrivately } from './reply.js';
import type { SlackRoutes } from './routes.js';

async function thank(deps: SlackDeps, ctx: ActionContext, helpful: boolean): Promise<void> {
  const questionId = Number(ctx.value);
  if (!Number.isSafeInteger(questionId) || questionId <= 0) return;
  if (!(await recordFeedback(deps.db, { questionId, helpful, by: ctx.user, at: deps.now() }))) return;
  const text = helpful
    ? 'Thanks, noted as helpful.'
    : 'Thanks, noted: this question goes on the list of gaps (`ingest-advisor gaps`) so the knowledge base can grow. To check a stream design instead, use `/ingest-review`.';
  await replyPrivately(replyContext(deps), { user: ctx.user, responseUrl: ctx.responseUrl }, { text, blocks: [section(text)] });
}

/** A closest topic picked from an unsure answer: that section's answer, in the same thread. */
async function answerPickedTopic(deps: SlackDeps, ctx: ActionContext): Promise<void> {
  const result = ctx.value ? answerTopic(deps.advisor, ctx.value, deps.docsBaseUrl ?? undefined) : null;
  if (!result || !ctx.channel) return;
  const top = result.sources[0]!;
  const questionId = await recordQuestion(deps.db, { question: result.question, confident: true, topSource: `${top.doc}#${top.section}`, via: 'slack', by: ctx.user, at: deps.now() });
  const message = answerMessage(result, questionId);
  await deps.client.chat.postMessage({ channel: ctx.channel, ...(ctx.threadTs ? { thread_ts: ctx.threadTs } : {}), text: fallbackText(message.text), blocks: message.blocks, unfurl_links: false });
}

/** Helpful / Not helpful clicks (stored), and the closest-topic buttons of an unsure answer. */
export function registerFeedback(routes: SlackRoutes, deps: SlackDeps): void {
  const on = routes.action.bind(routes);
  on(ACTION.helpful, 'feedback', (ctx) => thank(deps, ctx, true));
  on(ACTION.notHelpful, 'feedback', (ctx) => thank(deps, ctx, false));
  on(indexedPattern(ACTION.topic), 'closest topic', (ctx) => answerPickedTopic(deps, ctx));
}
