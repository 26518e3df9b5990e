import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import type { Logger } from '../../src/logging/logger.js';
import { cardMessage, noteMessage, type CardReply } from './card-reply.js';
import type { Verb } from './ids.js';

/** A button's handler: the data the card sent (the button's own data merged with the card's inputs). */
export type CardHandler = (context: TurnContext, data: Record<string, unknown>) => Promise<CardReply>;

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Routes one verb from both kinds of click. Action.Execute arrives as an `adaptiveCard/action`
 * invoke and is answered in the HTTP response (a card replaces the clicked one, or a note shows);
 * Action.Submit (older clients) arrives as a message whose value carries the verb, and is
 * answered with a new message.
 */
export function onCardAction(app: AgentApplication<TurnState>, logger: Logger, verb: Verb, handler: CardHandler): void {
  app.adaptiveCards.actionExecute(verb, async (context, _state, action) => {
    const reply = await handler(context, asRecord(asRecord(action).data));
    logger.debug({ verb, reply: reply.kind }, 'card action (execute)');
    if (reply.kind === 'post') {
      await context.sendActivity(cardMessage(reply.card));
      return reply.note;
    }
    return reply.kind === 'replace' ? reply.card : reply.text;
  });
  // Not the SDK's actionSubmit: it reads the value as an invoke action ({type, verb, data}),
  // while Teams sends an Action.Submit's data as the value itself.
  app.addRoute(
    async (context) => isSubmitOf(context, verb),
    async (context) => {
      const reply = await handler(context, asRecord(context.activity.value));
      logger.debug({ verb, reply: reply.kind }, 'card action (submit)');
      await context.sendActivity(reply.kind === 'note' ? noteMessage(reply.text) : cardMessage(reply.card));
    },
  );
}

function isSubmitOf(context: TurnContext, verb: Verb): boolean {
  const { type, text, value } = context.activity;
  return type === 'message' && !text && asRecord(value).verb === verb;
}
