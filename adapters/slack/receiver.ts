import { ExpressReceiver, type Logger as BoltLogger, type ReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';
import type { Request, Response } from 'express';
import type { TaskTracker } from '../server/tasks.js';
import { DeliveryError, unwrapBoltError } from './delivery-errors.js';
import { payloadProblem } from './slack-payload.js';

/**
 * Bolt's Express receiver with two changes. Every request gets an answer at once: one that no
 * listener acknowledges (a link button's click, a payload Bolt cannot read) is answered when Bolt
 * is done with it instead of after Bolt's 3-second timeout. A malformed payload never reaches a
 * listener. And a failed event delivery answers 500 or 503 so that Slack delivers it again;
 * other failures answer 400, never 5xx.
 */
export class AdvisorReceiver extends ExpressReceiver {
  constructor(signingSecret: string, private readonly log: BoltLogger, private readonly tasks: TaskTracker) {
    super({
      signingSecret,
      logger: log,
      // The HTTP answer to an event waits until it is answered in Slack, so a crash before that
      // makes Slack deliver it again; commands and clicks acknowledge first and work after.
      processBeforeResponse: true,
      processEventErrorHandler: (args) => answerFailure(args),
      unhandledRequestHandler: ({ response }) => {
        if (!response.headersSent) response.writeHead(404).end();
      },
    });
    // Slack only POSTs, so an ETag on an answer is never asked for; X-Powered-By only tells a
    // scanner what runs here.
    this.app.set('etag', false);
    this.app.disable('x-powered-by');
  }

  override async requestHandler(req: Request, res: Response): Promise<void> {
    const problem = payloadProblem(req.body);
    if (problem) {
      this.log.warn(`ignored a malformed Slack payload (${problem.reason})`);
      // Slack delivers an event again after any answer but 2xx: a malformed one is acknowledged.
      res.status(problem.kind === 'event' ? 200 : 400).end();
      return;
    }
    const handling = super.requestHandler(req, res);
    this.tasks.track(handling);
    await handling;
    if (!res.headersSent) res.status(200).end();
  }
}

async function answerFailure({ error, logger, request, response }: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> {
  if (response.headersSent) return false;
  const cause = unwrapBoltError(error);
  const isEvent = (request as Request).body?.type === 'event_callback';
  const status = cause instanceof DeliveryError ? cause.status : isEvent ? 500 : 400;
  if (status === 400) logger.warn(`could not handle a Slack payload: ${cause instanceof Error ? cause.message : String(cause)}`);
  response.writeHead(status, status === 503 ? { 'Retry-After': '60' } : {}).end();
  // true: the response is written, so Bolt stops its 3-second "never acknowledged" timer.
  return true;
}
