import { Activity } from '@microsoft/agents-activity';
import { AgentApplication, CloudAdapter, type TurnContext, type TurnState } from '@microsoft/agents-hosting';
import type { Logger } from '../../src/logging/logger.js';
import { registerInstallation } from './app.digest.js';
import { registerFeedback } from './app.feedback.js';
import { registerMessages } from './app.messages.js';
import { registerNotLandingActions } from './app.not-landing.js';
import { registerReviewActions } from './app.review-actions.js';
import { authConfiguration } from './auth-configuration.js';
import { noteMessage } from './card-reply.js';
import { outboundPolicy } from './outbound-hosts.js';
import type { TeamsDeps } from './deps.js';
import type { TeamsConfig } from './teams-config.js';

export interface TeamsApp {
  adapter: CloudAdapter;
  app: AgentApplication<TurnState>;
}

const SORRY = 'Something went wrong while handling that; it is in the server log. Please try again.';

/**
 * A failed turn is logged (the message, never a stack) and answered: an invoke with an error
 * response Teams shows on the card, a message with a short note. When even the note cannot be
 * sent, the error goes up and the request fails with 500.
 */
function onTurnError(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const { type, name } = context.activity;
    logger.error({ err: error.message, activity: type, name }, 'a Teams activity could not be handled');
    if (type === 'invoke') {
      const body = { statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'InternalError', message: SORRY } };
      await context.sendActivity(Activity.fromObject({ type: 'invokeResponse', value: { status: 200, body } }));
    } else if (type === 'message') {
      await context.sendActivity(noteMessage(SORRY)).catch(() => Promise.reject(error));
    }
  };
}

/** The Agents SDK adapter and application with every handler; the HTTP side is the endpoint's. */
export function createTeamsApp(config: TeamsConfig, deps: TeamsDeps): TeamsApp {
  // validateServiceUrl: a token issued for one Bot Connector host cannot send the bot's replies to another.
  const adapter = new CloudAdapter(authConfiguration(config), undefined, undefined, { validateServiceUrl: config.mode === 'auth', emitStackTrace: false }, outboundPolicy(config));
  const app = new AgentApplication<TurnState>({
    adapter,
    ...(config.mode === 'auth' ? { agentAppId: config.appId } : {}),
    // Mentions are read (and removed) by our own message reader, which needs to see them.
    removeRecipientMention: false,
    startTypingTimer: false,
  });
  app.onError(onTurnError(deps.logger));
  registerFeedback(app, deps);
  registerReviewActions(app, deps);
  registerNotLandingActions(app, deps);
  registerInstallation(app, deps);
  registerMessages(app, deps);
  return { adapter, app };
}
