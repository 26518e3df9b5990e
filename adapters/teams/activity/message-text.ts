import type { Activity } from '@microsoft/agents-activity';

/** Teams' conversation types: a 1:1 chat with the bot, a group chat, or a team's channel. */
export type Scope = 'personal' | 'groupChat' | 'channel';

export interface IncomingText {
  scope: Scope;
  /** Whether the bot itself was @-mentioned. */
  mentioned: boolean;
  /** The text with the bot's mention removed, entities decoded and spaces collapsed. */
  text: string;
}

interface MentionEntity {
  type: string;
  mentioned?: { id?: string };
  text?: string;
}

function scopeOf(activity: Activity): Scope {
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || type === 'groupChat') return type;
  if (type === 'personal') return 'personal';
  // Other channels (Web Chat, the Playground's defaults) leave it out: a group flag means a group.
  return activity.conversation?.isGroup ? 'groupChat' : 'personal';
}

/** Reads a message: where it was said, whether the bot was mentioned, and the words meant for it. */
export function readMessage(activity: Activity): IncomingText {
  const botId = activity.recipient?.id;
  const entities = (activity.entities ?? []) as readonly MentionEntity[];
  const ofBot = entities.filter((e) => String(e.type).toLowerCase() === 'mention' && botId !== undefined && e.mentioned?.id === botId);
  let text = activity.text ?? '';
  for (const mention of ofBot) if (mention.text) text = text.split(mention.text).join(' ');
  return { scope: scopeOf(activity), mentioned: ofBot.length > 0, text: plain(text) };
}

/** Teams may send a little HTML in text: tags of other mentions go, entities are decoded. */
function plain(text: string): string {
  return text
    .replace(/<\/?at>/gi, '')
    .replace(/<[^>]{1,200}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** In a personal chat every message is for the bot; in a channel or group chat only a mention is. */
export function isForBot(message: IncomingText): boolean {
  return message.scope === 'personal' || message.mentioned;
}
