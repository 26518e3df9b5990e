import type { Hit } from '../retrieval/search.js';
import { RELATED_SHARE } from './confidence.js';

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return match?.[1] ?? text;
}

/**
 * The reply: the best section's lead paragraph, written to be quoted alone, plus the first
 * sentence of a close runner-up from another document, since questions often span two.
 */
export function composeAnswer(hits: Hit[]): string {
  const [best, second] = hits;
  if (!best) return '';
  const parts = [best.section.lead];
  if (second && second.section.doc !== best.section.doc && second.relevance >= best.relevance * RELATED_SHARE) {
    parts.push(`Also relevant (${second.section.heading}): ${firstSentence(second.section.lead)}`);
  }
  return parts.join('\n\n');
}
