import type { Search } from '../retrieval/search.js';
import type { AnswerBand } from './types.js';
import { MAX_SOURCES } from './confidence.js';

/** The thresholds of the bands; the defaults (confidence.ts) were chosen by cross-validation. */
export interface BandSettings {
  /** The coverage the first section needs when both views of the question rank it first. */
  agreed: number;
  /** The coverage that is answer enough on its own, when the views disagree. */
  alone: number;
  /** The most a missing topic word may weigh (0-1) before the first section is no answer. */
  missing: number;
  /** The same, before it is not even worth asking "did you mean" about. */
  missingClarify: number;
  /** The coverage the first section needs for a "did you mean" rather than "I don't know". */
  clarify: number;
  /** Below this coverage a section is not offered at all, not even as a nearest topic. */
  closest: number;
}

export interface Banded {
  band: AnswerBand;
  /** The sections to show: an answer's first, a clarify's choices, or an unknown's nearest topics. */
  shown: Search['hits'];
}


/**
 * Which band a search falls in, judged by coverage (how much of the question a section holds:
 * the phrase match that helps rank sections says less about whether the first one is right).
 * Answer: the first section holds the question's topic words (one it lacks, such as *slack* in
 * "how do I change my slack status", says the question is about something else) and both
 * views rank it first or it covers nearly all of the question on its own.
 * Clarify: it is not that sure, but at least two sections match well enough, and hold
 * enough of the topic, that one is likely meant. Unknown: nothing does; up to three nearest
 * topics are offered.
 */
export function decideBand({ hits, agree }: Search, settings: BandSettings): Banded {
  const offered = hits.filter((h) => h.coverage >= settings.closest).slice(0, MAX_SOURCES);
  const best = hits[0];
  if (!best) return { band: 'unknown', shown: [] };
  if (best.missingAnchor <= settings.missing && best.coverage >= (agree ? settings.agreed : settings.alone)) return { band: 'answer', shown: hits.slice(0, MAX_SOURCES) };
  if (best.missingKnownAnchor <= settings.missingClarify && best.coverage >= settings.clarify && offered.length >= 2) return { band: 'clarify', shown: offered };
  return { band: 'unknown', shown: offered };
}
