import { SendError, type DigestDestination } from '../../src/digest/destination.js';
import type { DestinationProvider } from '../../src/digest/destinations.js';
import type { Digest } from '../../src/digest/model.js';
import { ConfigError } from '../../src/errors.js';
import type { Logger } from '../../src/logging/logger.js';
import { digestMessage } from './blocks/digest.js';
import { fallbackText } from './blocks/kit.js';
import { DIGEST_EVENT_TYPE } from './ids.js';
import { slackPostingConfig } from './slack-config.js';
import { createWebClient, slackErrorCode, type WebClient } from './web-client.js';

/** Errors no retry can fix: the sender gives up on them at once, and the log says what to do. */
const PERMANENT: Readonly<Record<string, string>> = {
  not_in_channel: 'the bot is not a member of channel {channel}: invite it there (type `/invite @ingest-advisor` in the channel) or set DIGEST_SLACK_CHANNEL to a channel it is in',
  channel_not_found: 'channel {channel} does not exist or the bot cannot see it: check DIGEST_SLACK_CHANNEL (use the channel id) and invite the bot to it',
  is_archived: 'channel {channel} is archived: set DIGEST_SLACK_CHANNEL to a live channel',
  invalid_auth: 'Slack refused SLACK_BOT_TOKEN (invalid_auth)',
  token_revoked: 'SLACK_BOT_TOKEN was revoked: reinstall the app and update the token',
  account_inactive: 'SLACK_BOT_TOKEN belongs to a deactivated app or user',
  missing_scope: 'the app lacks a scope it needs (chat:write, channels:history, groups:history): update it from adapters/slack/manifest.yaml and reinstall',
};

/**
 * The daily digest in one Slack channel. Each post carries message metadata naming its day, so
 * after a crash between posting and recording, `findPosted` finds it in the channel's history
 * instead of posting it twice.
 */
export class SlackDigestDestination implements DigestDestination {
  readonly id: string;

  constructor(private readonly client: WebClient, private readonly channel: string, private readonly logger: Logger) {
    this.id = `slack:${channel}`;
  }

  async send(digest: Digest, day: string): Promise<string> {
    const message = digestMessage(digest, day);
    try {
      const result = await this.client.chat.postMessage({
        channel: this.channel,
        text: fallbackText(message.text),
        blocks: message.blocks,
        metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { day, destination: this.id } },
        unfurl_links: false,
      });
      return `${this.channel}/${result.ts ?? '?'}`;
    } catch (error) {
      throw this.sendError(error, 'post the digest');
    }
  }

  async findPosted(day: string): Promise<string | null> {
    // A digest of `day` cannot be older than the start of that date in the furthest time zone.
    const oldest = String(Date.parse(`${day}T00:00:00Z`) / 1000 - 14 * 3600);
    let cursor: string | undefined;
    try {
      for (let page = 0; page < 5; page += 1) {
        const result = await this.client.conversations.history({ channel: this.channel, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
        const found = result.messages?.find((m) => m.metadata?.event_type === DIGEST_EVENT_TYPE && (m.metadata.event_payload as Record<string, unknown> | undefined)?.day === day);
        if (found?.ts) return `${this.channel}/${found.ts}`;
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!cursor) return null;
      }
      return null;
    } catch (error) {
      throw this.sendError(error, 'read the channel history');
    }
  }

  private sendError(error: unknown, doing: string): SendError {
    if (error instanceof Error && 'retryAfter' in error && typeof error.retryAfter === 'number') {
      return new SendError(`Slack rate-limited the attempt to ${doing} (Retry-After ${error.retryAfter} s)`, true, error.retryAfter * 1000);
    }
    const code = slackErrorCode(error);
    const advice = code ? PERMANENT[code] : undefined;
    if (advice) {
      const text = advice.replace('{channel}', this.channel);
      this.logger.error({ destination: this.id, slackError: code }, `could not ${doing}: ${text}`);
      return new SendError(`${code}: ${text}`, false);
    }
    return new SendError(`could not ${doing}: ${code ?? (error instanceof Error ? error.message : String(error))}`, true);
  }
}

/** DIGEST_SLACK_CHANNEL as a digest destination, for `serve` and for `digest --post`. */
export const slackDestinations: DestinationProvider = async ({ env, config, logger }) => {
  if (config.slackChannel === null) return [];
  const slack = slackPostingConfig(env);
  if (!slack) throw new ConfigError('Invalid configuration in SLACK_BOT_TOKEN: DIGEST_SLACK_CHANNEL is set, but SLACK_BOT_TOKEN is not. Set it to the Bot User OAuth Token (xoxb-…).');
  const client = createWebClient({ ...slack, logger, rejectRateLimited: true });
  return [new SlackDigestDestination(client, config.slackChannel, logger)];
};
