import type { Hit } from '../retrieval/search.js';

/**
 * Whether the section ranked first answers the question: the ranking model's confidence in it
 * (src/retrieval/ranking-model.ts) against the threshold fitted with it, unless a caller sets one.
 * The model weighs what the old fixed tests did (how much of the question the section holds,
 * whether it holds the question's rarest topic word, whether the question names Data 360) and
 * where in the section the words are found.
 */
export function isConfident(hit: Hit, threshold: number): boolean {
  return hit.confidence >= threshold;
}

/** A second section is cited (and may add a sentence) when it is nearly as relevant as the best. */
export const RELATED_SHARE = 0.8;

/** Below this, a section is not even offered as a "closest topic". */
export const CLOSEST_TOPIC_RELEVANCE = 0.12;

/** The relevance the first section needs for "did you mean" rather than "I don't know". */
export const CLARIFY_RELEVANCE = 0.3;

export const MAX_SOURCES = 3;
