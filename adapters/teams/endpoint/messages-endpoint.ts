import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../../src/logging/logger.js';
import type { TaskTracker } from '../../server/tasks.js';
import type { TeamsApp } from '../teams-app.js';
import { isLoopbackHost } from '../teams-config.js';
import { checkActivity } from './activity-body.js';
import type { Authorizer, Identity } from './authorize.js';
import { readJsonBody } from './read-body.js';
import { NodeWebResponse, respond } from './web-response.js';

export interface EndpointOptions {
  teams: TeamsApp;
  /** Null in local mode: no token is asked for (the endpoint then only runs on a loopback address). */
  authorizer: Authorizer | null;
  logger: Logger;
  tasks: TaskTracker;
}

async function handle(req: IncomingMessage, res: ServerResponse, options: EndpointOptions): Promise<void> {
  if (req.method !== 'POST') return respond(res, 405, 'POST an activity to /api/messages', { allow: 'POST' });
  let identity: Identity | undefined;
  if (options.authorizer) {
    const auth = await options.authorizer(req.headers);
    if (!auth.ok) {
      req.resume();
      return respond(res, auth.status, auth.message);
    }
    identity = auth.identity;
  }
  const body = await readJsonBody(req);
  if (!body.ok) {
    options.logger.warn({ status: body.status, reason: body.message }, 'refused a malformed Teams request');
    return respond(res, body.status, body.message);
  }
  const activity = checkActivity(body.value);
  if (!activity.ok) {
    options.logger.warn({ reason: activity.message }, 'refused a malformed Teams activity');
    return respond(res, 400, activity.message);
  }
  if (!options.authorizer && !isLoopbackServiceUrl(activity.body.serviceUrl)) {
    options.logger.warn({ serviceUrl: String(activity.body.serviceUrl).slice(0, 200) }, 'refused a Teams activity whose serviceUrl is not on this machine (local mode replies only to loopback addresses)');
    return respond(res, 400, 'in local mode (no MicrosoftAppId) the serviceUrl must be a loopback address, such as the Agents Playground on localhost');
  }
  const request = { body: activity.body, headers: req.headers, method: 'POST', ...(identity ? { user: identity } : {}) };
  await options.teams.adapter.process(request, new NodeWebResponse(res), (context) => options.teams.app.run(context));
  if (!res.writableEnded) res.end();
}

/**
 * In local mode nothing authenticates the caller, and replies go to the activity's serviceUrl:
 * were any host allowed, whatever reaches the loopback port could make the advisor send
 * requests to another host. The Playground's serviceUrl is on localhost. No serviceUrl at all
 * (an expectReplies activity, answered in the response) sends nothing.
 */
function isLoopbackServiceUrl(serviceUrl: unknown): boolean {
  if (serviceUrl === undefined) return true;
  try {
    return isLoopbackHost(new URL(String(serviceUrl)).hostname);
  } catch {
    return false;
  }
}

/**
 * `POST /api/messages`: token (when configured), then body, then the SDK. A bad request gets its
 * 4xx with a one-line reason, a failure while handling a good one 500; neither stops the server.
 */
export function messagesEndpoint(options: EndpointOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const work = handle(req, res, options).catch((error: unknown) => {
      options.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'a Teams request failed');
      respond(res, 500, 'the activity could not be handled; see the server log');
    });
    options.tasks.track(work);
  };
}
