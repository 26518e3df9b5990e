import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { parseCommand } from './activity/command.js';
import { isForBot, readMessage } from './activity/message-text.js';
import { handleDigestCommand } from './app.digest.js';
import { answerQuestion, introduce } from './app.questions.js';
import { handleReviewCommand } from './app.review.js';
import { handleStatusCommand } from './app.status.js';
import type { TeamsDeps } from './deps.js';
import { once } from './once.js';

/** A message someone typed (a card's Action.Submit is a message too, but carries a value and no text). */
const isTypedMessage = async (context: TurnContext): Promise<boolean> => context.activity.type === 'message' && typeof context.activity.text === 'string';

/**
 * Typed messages: in a personal chat all of them, in a channel or group chat those that mention
 * the bot (the mention removed). `ingest-review …`, `digest on|off` and `status STREAM` are commands; anything
 * else is a question. Each is handled once however often Teams delivers it.
 */
export function registerMessages(app: AgentApplication<TurnState>, deps: TeamsDeps): void {
  app.addRoute(isTypedMessage, async (context) => {
    const message = readMessage(context.activity);
    if (!isForBot(message)) return;
    const command = parseCommand(message.text);
    await once(deps, context.activity, async () => {
      if (command.kind === 'intro') return introduce(context);
      if (command.kind === 'review') return handleReviewCommand(deps, context, command.args);
      if (command.kind === 'digest') return handleDigestCommand(deps, context, command.action);
      if (command.kind === 'status') return handleStatusCommand(deps, context, command.stream);
      return answerQuestion(deps, context, command.text);
    });
  });
}
