import type { Env } from '../../src/config/load-env.js';
import type { HttpServer } from '../server/http-server.js';
import type { TaskTracker } from '../server/tasks.js';
import type { TeamsDeps } from './deps.js';
import { jwtAuthorizer } from './endpoint/authorize.js';
import { messagesEndpoint } from './endpoint/messages-endpoint.js';
import { createTeamsApp } from './teams-app.js';
import { appIdOf, isLoopbackHost, teamsConfig } from './teams-config.js';

export type TeamsMode = 'auth' | 'local' | 'off';

/** A claim on an activity counts as abandoned after this (the holder crashed mid-answer). */
const EVENT_LEASE_MS = 30_000;

/**
 * Mounts `/api/messages` on the server. With MicrosoftAppId every request needs a valid token.
 * Without it (local mode) nothing authenticates callers, and the bot posts its replies to
 * whatever serviceUrl an activity names: open to the network that would be a relay for anyone,
 * so local mode is served only while the server listens on a loopback address.
 */
export function startTeams(env: Env, base: Omit<TeamsDeps, 'appId' | 'eventLeaseMs'> & { tasks: TaskTracker }, http: HttpServer, host: string): TeamsMode {
  const config = teamsConfig(env);
  const { logger, tasks, ...rest } = base;
  if (config.mode === 'local' && !isLoopbackHost(host)) {
    logger.warn(
      { host },
      `Teams is off: /api/messages without MicrosoftAppId accepts unauthenticated requests, so it is only served on a loopback address, and HOST is ${host}. ` +
        'Set MicrosoftAppId and MicrosoftAppPassword (the Azure Bot registration) to serve Teams here, or HOST=127.0.0.1 for local testing.',
    );
    return 'off';
  }
  let teams;
  try {
    teams = createTeamsApp(config, { ...rest, logger, appId: appIdOf(config), eventLeaseMs: EVENT_LEASE_MS });
  } catch (error) {
    // The SDK refuses to run without credentials under NODE_ENV=production; Slack keeps serving.
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'Teams is off: the Agents SDK refused this configuration. Set MicrosoftAppId and MicrosoftAppPassword.');
    return 'off';
  }
  const authorizer = config.mode === 'auth' ? jwtAuthorizer(teams.adapter, logger) : null;
  http.mount('/api/messages', messagesEndpoint({ teams, authorizer, logger, tasks }));
  logger.info({ mode: config.mode, ...(config.mode === 'auth' ? { appType: config.appType } : {}) }, `Teams is on at /api/messages (${config.mode === 'auth' ? 'every request needs a Bot Framework token' : 'local mode, no auth, loopback only'})`);
  return config.mode;
}
