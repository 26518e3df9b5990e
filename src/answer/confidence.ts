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
 * The share of the relevance threshold enough when the question names Data 360 or one of its
 * objects: it is in scope, so a weaker match still answers it better than "I don't know".
 */
export const NAMED_PRODUCT_SHARE = 0.5;

/**
 * A question that matches a section on this much (BM25F score in units of the rarest word's
 * idf) and on this many of its topic words is about that section, however much else it says:
 * real questions carry context (a system, a team, a deadline) the knowledge base never names,
 * which lowers their relevance share and adds words no section has. Set on the tuning and
 * held-out sets; off-topic questions there match on one or two words.
 */
export const STRONG_MATCH_SCORE = 0.9;
export const STRONG_MATCH_TOPIC_WORDS = 3;
/** The share of the relevance threshold such a match still needs. */
export const STRONG_MATCH_SHARE = 0.5;

export function isConfident(hit: Hit, threshold: number = CONFIDENT_RELEVANCE): boolean {
  if (hit.relevance >= threshold && hit.missingAnchor < MAX_MISSING_ANCHOR) return true;
  const atLeast = (share: number) => hit.relevance >= threshold * share;
  if (hit.matched.score >= STRONG_MATCH_SCORE && hit.matched.topicWords >= STRONG_MATCH_TOPIC_WORDS && atLeast(STRONG_MATCH_SHARE)) return true;
  return hit.namesProduct && atLeast(NAMED_PRODUCT_SHARE) && hit.missingKnownAnchor < MAX_MISSING_ANCHOR;
}

/** A second section is cited (and may add a sentence) when it is nearly as relevant as the best. */
export const RELATED_SHARE = 0.8;

/** Below this, a section is not even offered as a "closest topic". */
export const CLOSEST_TOPIC_RELEVANCE = 0.12;

export const MAX_SOURCES = 3;
