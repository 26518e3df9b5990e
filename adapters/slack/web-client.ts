import { webApi } from '@slack/bolt';
import { ConfigError } from '../../src/errors.js';
import type { Logger } from '../../src/logging/logger.js';
import { boltLogger } from './bolt-logger.js';

export type WebClient = InstanceType<typeof webApi.WebClient>;

export interface WebClientSettings {
  botToken: string;
  apiUrl: string | null;
  logger: Logger;
  /**
   * true: a 429 throws at once with Slack's Retry-After (the digest sender schedules the retry).
   * false: the client waits Retry-After itself and tries again (chat replies).
   */
  rejectRateLimited: boolean;
}

/** A chat reply must not hang for the default half hour of retries: a few quick tries, then give up. */
export const REPLY_RETRIES = { retries: 2, factor: 2, minTimeout: 300, maxTimeout: 2_000, randomize: true };

export function webClientOptions(settings: Omit<WebClientSettings, 'botToken'>) {
  return {
    logger: boltLogger(settings.logger),
    retryConfig: settings.rejectRateLimited ? { retries: 0 } : REPLY_RETRIES,
    rejectRateLimitedCalls: settings.rejectRateLimited,
    timeout: 15_000,
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
  };
}

export function createWebClient(settings: WebClientSettings): WebClient {
  return new webApi.WebClient(settings.botToken, webClientOptions(settings));
}

export interface BotIdentity {
  userId: string;
  botId: string;
  teamId: string | undefined;
}

/** Asks Slack who the bot is, once at start-up: a wrong token stops `serve` with a clear message. */
export async function identifyBot(client: WebClient): Promise<BotIdentity> {
  let result: Awaited<ReturnType<WebClient['auth']['test']>>;
  try {
    result = await client.auth.test();
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === 'invalid_auth' || code === 'not_authed' || code === 'token_revoked' || code === 'account_inactive') {
      throw new ConfigError(`Invalid configuration in SLACK_BOT_TOKEN: Slack refused it (${code}). Copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page, and reinstall the app if it was revoked.`, [
        { path: 'SLACK_BOT_TOKEN', message: `Slack answered ${code}` },
      ]);
    }
    // Not a bug but the network or the address: say which address, and which variable sets it.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`Invalid configuration in SLACK_API_URL: could not reach the Slack Web API at ${client.slackApiUrl} to check SLACK_BOT_TOKEN (${reason}). Check the network, or SLACK_API_URL (unset means Slack's own).`, [
      { path: 'SLACK_API_URL', message: `unreachable: ${reason}` },
    ]);
  }
  if (!result.user_id || !result.bot_id) throw new ConfigError('Invalid configuration in SLACK_BOT_TOKEN: it is not a bot token (auth.test named no bot). Use the Bot User OAuth Token (xoxb-…).');
  return { userId: result.user_id, botId: result.bot_id, teamId: result.team_id };
}

/** Slack's own error code (`not_in_channel`, `invalid_auth`…) of a failed Web API call, if it gave one. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
