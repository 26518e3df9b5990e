import { card, text } from './elements.js';
import type { AdaptiveCard, TextColor } from './kit.js';

/** A short reply (a confirmation, a problem) as a one-block card, so every reply renders the same way. */
export function noticeCard(markdown: string, fallback: string, color: TextColor = 'Default'): AdaptiveCard {
  return card([text(markdown, { color })], fallback);
}
