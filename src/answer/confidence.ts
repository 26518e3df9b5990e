import type { Hit } from '../retrieval/search.js';

/**
 * Relevance (0-1, see retrieval/search.ts) at which an answer is given with confidence.
 * Tuned on test/fixtures/questions.jsonl and checked on questions-holdout.jsonl.
 */
export const CONFIDENT_RELEVANCE = 0.4;

/**
 * The rarest topic word of the question that the answer may lack, as a share of the rarest
 * possible. Off-topic questions that share words with the domain ("how do I delete a
 * report", "full sandbox refresh") match well on the shared words and miss their own topic.
 */
export const MAX_MISSING_ANCHOR = 0.6;

/**
 * Relevance enough when the question names Data 360 or one of its objects: it is in scope, so
 * a weaker match to the best section still answers it better than "I don't know".
 */
export const NAMED_PRODUCT_RELEVANCE = 0.2;

export function isConfident(hit: Hit, threshold: number = CONFIDENT_RELEVANCE): boolean {
  if (hit.relevance >= threshold && hit.missingAnchor < MAX_MISSING_ANCHOR) return true;
  return hit.namesProduct && hit.relevance >= Math.min(threshold, NAMED_PRODUCT_RELEVANCE) && hit.missingKnownAnchor < MAX_MISSING_ANCHOR;
}

/** A second section is cited (and may add a sentence) when it is nearly as relevant as the best. */
export const RELATED_SHARE = 0.8;

/** Below this, a section is not even offered as a "closest topic". */
export const CLOSEST_TOPIC_RELEVANCE = 0.12;

export const MAX_SOURCES = 3;
