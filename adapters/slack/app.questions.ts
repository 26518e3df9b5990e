import { randomUUID } from 'node:crypto';
import { claimEvent, completeEvent, releaseEvent } from '../../src/registry/event-claims.js';
import { askAndRecord } from '../../src/answer/ask-and-record.js';
import { answerMessage, introMessage } from './blocks/answer.js';
import { statusOrQuestion } from './app.status.js';
import { fallbackText } from './blocks/kit.js';
import { DeliveryError } from './delivery-errors.js';
import type { SlackDeps } from './deps.js';
import { incomingMessageSchema, questionText, shouldAnswer, type IncomingMessage } from './event-text.js';
import type { SlackRoutes } from './routes.js';

/** A question to answer, from one Events API delivery. */
interface Delivery {
  eventKey: string;
  channel: string;
  threadTs: string;
  user: string;
  text: string;
}

/**
 * Answers a delivery once, however often Slack delivers it: claim, answer, mark done. A failure
 * before the answer is posted gives the claim back and fails the delivery, so Slack's redelivery
 * answers it; a redelivery while the first is still answering is refused with 503 for the same reason.
 */
export async function answerDelivery(deps: SlackDeps, delivery: Delivery): Promise<void> {
  const claim = await claimEvent(deps.db, delivery.eventKey, randomUUID(), deps.now().getTime(), deps.eventLeaseMs);
  if (claim.kind === 'done') return deps.logger.debug({ event: delivery.eventKey }, 'redelivery of an event already answered; ignored');
  if (claim.kind === 'busy') throw new DeliveryError(`${delivery.eventKey} is being answered by another delivery`, 503);
  let posted = false;
  try {
    const message = delivery.text === '' ? introMessage() : await statusOrQuestion(deps, delivery.text, () => ask(deps, delivery.text, { user: delivery.user, eventKey: delivery.eventKey }));
    await deps.client.chat.postMessage({ channel: delivery.channel, thread_ts: delivery.threadTs, text: fallbackText(message.text), blocks: message.blocks, unfurl_links: false });
    posted = true;
    await completeEvent(deps.db, delivery.eventKey, claim.token, deps.now().getTime());
  } catch (error) {
    // Answered but not marked done: failing now would make Slack deliver it again and answer twice.
    if (posted) return deps.logger.error({ event: delivery.eventKey, err: String(error) }, 'answered, but could not mark the event done');
    try {
      await releaseEvent(deps.db, delivery.eventKey, claim.token);
    } catch (releaseError) {
      deps.logger.error({ event: delivery.eventKey, err: String(releaseError) }, 'could not release the claim; a redelivery answers it once the lease ends');
    }
    throw new DeliveryError(`could not answer ${delivery.eventKey}: ${error instanceof Error ? error.message : String(error)}`, 500, { cause: error });
  }
}

/**
 * A question answered as a typed one is: the advisor's answer, recorded with who asked (for
 * feedback and the gaps list). Also what a digest's "ask the advisor" button asks.
 */
export async function ask(deps: SlackDeps, question: string, from: { user: string; eventKey?: string }) {
  const asker = { ...(from.eventKey ? { eventKey: from.eventKey } : {}), via: 'slack' as const, by: from.user, at: deps.now() };
  const { result, questionId } = await askAndRecord(deps.db, deps.advisor, question, asker);
  return answerMessage(result, questionId);
}

function deliveryOf(body: { event_id?: unknown }, event: IncomingMessage, botUserId: string): Delivery | null {
  if (typeof body.event_id !== 'string' || !event.channel || !event.ts || !event.user) return null;
  return { eventKey: `slack:${body.event_id}`, channel: event.channel, threadTs: event.thread_ts ?? event.ts, user: event.user, text: questionText(event.text ?? '', botUserId) };
}

/** Mentions in channels and direct messages: each answered in its thread. */
export function registerQuestions(routes: SlackRoutes, deps: SlackDeps): void {
  /** The event's fields, or null (logged) for a malformed one, acknowledged so Slack does not deliver it again. */
  const read = (event: Record<string, unknown>): IncomingMessage | null => {
    const parsed = incomingMessageSchema.safeParse(event);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    deps.logger.warn({ event: String(event.type), field: issue?.path.join('.'), issue: issue?.message }, 'ignored a malformed Slack message event');
    return null;
  };
  const answer = async (message: IncomingMessage, body: { event_id?: unknown }) => {
    if (!shouldAnswer(message, deps.bot)) return;
    const delivery = deliveryOf(body, message, deps.bot.userId);
    if (delivery) await answerDelivery(deps, delivery);
  };
  routes.event('app_mention', async (event, body) => {
    const mention = read(event);
    if (mention) await answer(mention, body);
  });
  routes.event('message', async (event, body) => {
    const incoming = read(event);
    if (incoming?.channel_type === 'im') await answer(incoming, body);
  });
}
