import type { Logger } from '../../src/logging/logger.js';
import { postJson } from './post-json.js';
import type { Block } from './blocks/kit.js';
import { fallbackText } from './blocks/kit.js';
import type { WebClient } from './web-client.js';

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export interface ResponseOptions {
  /** `in_channel` shares it with everyone; the default is visible to the clicker only. */
  visibility?: 'ephemeral' | 'in_channel';
  replaceOriginal?: boolean;
  deleteOriginal?: boolean;
}

/**
 * Only Slack's own hosts (and, for GovSlack or a test stand-in, the configured API's origin)
 * may receive a response: a response_url is read from a payload and must not send our
 * messages anywhere else.
 */
export function isTrustedResponseUrl(url: string, apiUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (apiUrl && parsed.origin === new URL(apiUrl).origin) return true;
  return parsed.protocol === 'https:' && /(^|\.)slack(-gov)?\.com$/.test(parsed.hostname);
}

/** Posts to a response_url (a slash command's or a message's): no channel membership needed. */
export async function postResponse(url: string, message: SlackMessage | null, options: ResponseOptions): Promise<void> {
  const body = {
    ...(message ? { text: fallbackText(message.text), blocks: message.blocks } : {}),
    response_type: options.visibility ?? 'ephemeral',
    replace_original: options.replaceOriginal ?? false,
    ...(options.deleteOriginal ? { delete_original: true } : {}),
  };
  const status = await postJson(new URL(url), body, 10_000);
  if (status < 200 || status > 299) throw new Error(`response_url answered HTTP ${status}`);
}

export interface ReplyContext {
  client: WebClient;
  logger: Logger;
  apiUrl: string | null;
}

/**
 * Answers one person privately: through the response URL when there is a usable one, else as a
 * direct message from the bot (response URLs expire after 30 minutes and five uses).
 */
export async function replyPrivately(ctx: ReplyContext, to: { user: string; responseUrl?: string | undefined }, message: SlackMessage, options: ResponseOptions = {}): Promise<void> {
  if (to.responseUrl && isTrustedResponseUrl(to.responseUrl, ctx.apiUrl)) {
    try {
      await postResponse(to.responseUrl, message, options);
      return;
    } catch (error) {
      ctx.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'response_url failed; sending a direct message instead');
    }
  }
  await ctx.client.chat.postMessage({ channel: to.user, text: fallbackText(message.text), blocks: message.blocks });
}
