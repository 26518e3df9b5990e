import type { Hit } from '../retrieval/search.js';
import { RELATED_SHARE } from './confidence.js';

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return match?.[1] ?? text;
}

/**
 * The reply: the passage of the best section that answers the question, plus the first
 * sentence of a close runner-up from another document, since questions often span two.
 */
export function composeAnswer(passage: string, hits: readonly Hit[]): string {
  const [best, second] = hits;
  const parts = [passage];
  if (best && second && second.section.doc !== best.section.doc && second.relevance >= best.relevance * RELATED_SHARE) {
    parts.push(`Also relevant (${second.section.heading}): ${firstSentence(second.section.lead)}`);
  }
  return parts.join('\n\n');
}
