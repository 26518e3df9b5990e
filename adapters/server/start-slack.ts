import type { SlackDeps } from '../slack/deps.js';
import { createSlackApp } from '../slack/slack-app.js';
import type { SlackConfig } from '../slack/slack-config.js';
import { ConfigError } from '../../src/errors.js';
import { createWebClient, identifyBot, slackErrorCode } from '../slack/web-client.js';
import type { HttpServer } from './http-server.js';

export interface StartedSlack {
  stop(): Promise<void>;
}

/** A claim on an event delivery counts as abandoned after this (the holder crashed mid-answer). */
const EVENT_LEASE_MS = 30_000;

/**
 * Checks the bot token with Slack, builds the app and connects it: `/slack/events` on the
 * server over HTTP, or the WebSocket in Socket Mode.
 */
export async function startSlack(config: SlackConfig, base: Omit<SlackDeps, 'client' | 'bot' | 'apiUrl' | 'eventLeaseMs'>, http: HttpServer): Promise<StartedSlack> {
  const client = createWebClient({ botToken: config.botToken, apiUrl: config.apiUrl, logger: base.logger, rejectRateLimited: false });
  const bot = await identifyBot(client);
  const slack = createSlackApp(config, { ...base, client, bot, apiUrl: config.apiUrl, eventLeaseMs: EVENT_LEASE_MS });
  if (slack.handler) http.mount('/slack/events', slack.handler);
  try {
    await slack.start();
  } catch (error) {
    // Socket Mode would otherwise keep trying to reconnect in the background.
    await slack.stop().catch(() => undefined);
    throw refusedAppToken(error) ?? error;
  }
  base.logger.info({ mode: config.mode, botUserId: bot.userId, team: bot.teamId }, 'connected to Slack');
  return { stop: () => slack.stop() };
}

/** Socket Mode's connection refused for its token: a configuration error naming SLACK_APP_TOKEN. */
function refusedAppToken(error: unknown): ConfigError | null {
  const code = slackErrorCode(error);
  if (code !== 'invalid_auth' && code !== 'not_authed' && code !== 'not_allowed_token_type' && code !== 'token_revoked') return null;
  return new ConfigError(
    `Invalid configuration in SLACK_APP_TOKEN: Slack refused it for Socket Mode (${code}). Create an app-level token with the connections:write scope (Basic Information › App-Level Tokens) and turn Socket Mode on for the app.`,
    [{ path: 'SLACK_APP_TOKEN', message: `Slack answered ${code}` }],
  );
}
