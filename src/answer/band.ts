import type { Hit } from '../retrieval/search.js';
import type { AnswerBand } from './types.js';

export interface BandSettings {
  /** The confidence (0-1) at which the first section is answer enough. */
  answer: number;
  /** Below this relevance a section is not worth offering at all, not even as a nearest topic. */
  closest: number;
  /** The relevance the first section needs for a "did you mean" rather than "I don't know". */
  clarify: number;
}

export interface Banded {
  band: AnswerBand;
  /** The sections to show: an answer's first, a clarify's choices, or an unknown's nearest topics. */
  shown: Hit[];
}

const MAX_SHOWN = 3;

/**
 * Which band a ranking falls in. Answer: the first section is confident. Clarify: it is not,
 * but at least two sections match well enough that one of them is likely meant, so the person
 * picks. Unknown: nothing does, and up to three nearest topics are offered.
 */
export function decideBand(hits: readonly Hit[], settings: BandSettings): Banded {
  const offered = hits.filter((h) => h.relevance >= settings.closest).slice(0, MAX_SHOWN);
  const best = hits[0];
  if (best && best.confidence >= settings.answer) return { band: 'answer', shown: hits.slice(0, MAX_SHOWN) };
  if (best && best.relevance >= settings.clarify && offered.length >= 2) return { band: 'clarify', shown: offered };
  return { band: 'unknown', shown: offered };
}
