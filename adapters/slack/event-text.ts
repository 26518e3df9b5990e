import { z } from 'zod';
import type { BotIdentity } from './web-client.js';

const field = z.string().max(200).optional();

/** The fields of a message or app_mention event the advisor reads, checked: events are input. */
export const incomingMessageSchema = z.object({
  type: field,
  subtype: field,
  channel: field,
  channel_type: field,
  user: field,
  bot_id: field,
  app_id: field,
  // Slack cuts message text at 40,000 characters.
  text: z.string().max(40_000).optional(),
  ts: field,
  thread_ts: field,
});
export type IncomingMessage = z.infer<typeof incomingMessageSchema>;

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
