import type { Activity } from '@microsoft/agents-activity';
import { CardFactory, MessageFactory } from '@microsoft/agents-hosting';
import type { AdaptiveCard } from './cards/kit.js';
import { noticeCard } from './cards/notice.js';

/**
 * What a button click answers, whichever way the click arrived. `replace`: the clicked card
 * becomes this one (an Action.Execute invoke's response; a new message for Action.Submit).
 * `post`: a new message in the conversation, plus a short note in place of an invoke's response.
 * `note`: only a short note (a toast for Action.Execute, a one-line card for Action.Submit).
 */
export type CardReply = { kind: 'replace'; card: AdaptiveCard } | { kind: 'post'; card: AdaptiveCard; note: string } | { kind: 'note'; text: string };

export const replace = (card: AdaptiveCard): CardReply => ({ kind: 'replace', card });
export const post = (card: AdaptiveCard, note: string): CardReply => ({ kind: 'post', card, note });
export const note = (text: string): CardReply => ({ kind: 'note', text });

/** A message carrying one card; its fallback text is what notifications and older clients show. */
export function cardMessage(card: AdaptiveCard): Activity {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (card.fallbackText) activity.summary = card.fallbackText;
  return activity;
}

export function noteMessage(text: string): Activity {
  return cardMessage(noticeCard(text, text));
}
