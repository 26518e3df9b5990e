import { App, type Logger as BoltLogger } from '@slack/bolt';
import { registerDigestActions } from './app.digest.js';
import { registerFeedback } from './app.feedback.js';
import { registerNotLandingActions } from './app.not-landing.js';
import { registerQuestions } from './app.questions.js';
import { registerReviewActions } from './app.review-actions.js';
import { registerReviewCommand } from './app.review.js';
import { registerReviewForms } from './app.review-forms.js';
import { boltLogger } from './bolt-logger.js';
import type { SlackDeps } from './deps.js';
import { unwrapBoltError } from './delivery-errors.js';
import { AdvisorReceiver } from './receiver.js';
import { slackRequestGate, type NodeHandler } from './request-gate.js';
import { SlackRoutes } from './routes.js';
import { describe } from '../server/tasks.js';
import type { SlackConfig } from './slack-config.js';
import { webClientOptions } from './web-client.js';

export interface SlackApp {
  app: App;
  /** What the HTTP server routes `/slack/events` to; null in Socket Mode, where Slack is reached over a WebSocket instead. */
  handler: NodeHandler | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The Bolt app with every route (see routes.ts), over HTTP (the Express receiver) or Socket Mode. */
export function createSlackApp(config: SlackConfig, deps: SlackDeps): SlackApp {
  const logger: BoltLogger = boltLogger(deps.logger);
  const common = {
    token: config.botToken,
    // Known from auth.test at start-up, so Bolt does not call it again and can ignore its own messages.
    botId: deps.bot.botId,
    botUserId: deps.bot.userId,
    tokenVerificationEnabled: false,
    logger,
    clientOptions: webClientOptions({ apiUrl: config.apiUrl, logger: deps.logger, rejectRateLimited: false }),
    // No conversation store: the advisor keeps no per-conversation state in memory.
    convoStore: false as const,
    extendedErrorHandler: true,
  };
  const receiver = config.mode === 'http' ? new AdvisorReceiver(config.signingSecret ?? '', logger, deps.tasks) : null;
  const app = receiver ? new App({ ...common, receiver }) : new App({ ...common, socketMode: true, appToken: config.appToken ?? '' });
  app.error(async ({ error }: { error: unknown }) => {
    const cause = unwrapBoltError(error);
    deps.logger.warn({ err: describe(cause), causes: (cause as { originals?: unknown[] }).originals?.map(describe) }, 'a Slack listener failed');
    // Rethrown, so the receiver answers a failed event delivery with a status that makes Slack retry.
    throw cause;
  });
  const routes = new SlackRoutes();
  registerQuestions(routes, deps);
  registerReviewCommand(routes, deps);
  registerFeedback(routes, deps);
  registerReviewActions(routes, deps);
  registerReviewForms(routes, deps);
  registerDigestActions(routes, deps);
  registerNotLandingActions(routes, deps);
  routes.attach(app, deps);
  return {
    app,
    handler: receiver ? slackRequestGate({ signingSecret: config.signingSecret ?? '', logger: deps.logger }, (req, res) => receiver.app(req, res)) : null,
    start: async () => {
      if (!receiver) await app.start();
    },
    stop: async () => {
      if (!receiver) await app.stop();
    },
  };
}
