import type { BotIdentity } from './web-client.js';

/** The fields of a message or app_mention event the advisor reads. */
export interface IncomingMessage {
  type?: string;
  subtype?: string;
  channel?: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
}

/**
 * Only people's own new messages are answered: never the bot itself, never another bot or app
 * (two bots answering each other never stop), never edits, joins or other subtypes.
 */
export function shouldAnswer(event: IncomingMessage, bot: BotIdentity): boolean {
  if (event.bot_id || event.subtype || event.app_id) return false;
  if (!event.user || event.user === bot.userId) return false;
  return true;
}

/** The question in a message: mentions (`<@U123>`) removed and Slack's escapes undone. */
export function questionText(text: string, botUserId: string): string {
  return text
    .replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ')
    .replace(/<([@#!][^>|]*)\|([^>]*)>/g, '$2')
    .replace(/<(https?:[^>|]*)(\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
