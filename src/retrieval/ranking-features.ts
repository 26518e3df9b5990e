import type { Candidate } from './candidates.js';
import { FIELD_NAMES } from './fields.js';

/** A matched score past twice the rarest word's idf says no more about the section. */
const MATCHED_SCORE_CAP = 2;
/** Topic words are counted in fours: a question rarely has more that a section could hold. */
const TOPIC_WORDS_UNIT = 4;
/**
 * Past this phrase match the question is nearly one of the section's own headings, keywords,
 * example questions or symptoms: worth more than a linear share of the match says.
 */
const CLOSE_PHRASE = 0.5;

const FIELD_FEATURES = FIELD_NAMES.map((name) => `field.${name}` as const);

/** What the ranking model weighs for each candidate section, in the order of its weights. */
export const RANKING_FEATURES = [
  'terms',
  'phrase',
  'matchedScore',
  'topicWords',
  'productionNote',
  'decisionFramework',
  'termsTimesPhrase',
  'closePhrase',
  ...FIELD_FEATURES,
] as const;
export type RankingFeature = (typeof RANKING_FEATURES)[number];

/**
 * What the confidence model weighs of the section ranked first; `rankScore` is its ranking
 * score. Whether the section lacks the question's rarest topic word is what tells "how do I
 * delete a *report*" from an ingestion question: it decides whether to answer, not which
 * section answers.
 */
export const CONFIDENCE_FEATURES = ['bias', 'relevance', 'topicWords', 'missingAnchor', 'missingKnownAnchor', 'namesProduct', 'rankScore'] as const;
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];

const matchedScore = (c: Candidate) => Math.min(c.matched.score, MATCHED_SCORE_CAP) / MATCHED_SCORE_CAP;

export function rankingFeatures(c: Candidate): number[] {
  const { terms, phrase } = c.evidence;
  return [
    terms,
    phrase,
    matchedScore(c),
    c.matched.topicWords / TOPIC_WORDS_UNIT,
    c.kind === 'production-note' ? 1 : 0,
    c.kind === 'decision-framework' ? 1 : 0,
    terms * phrase,
    Math.max(0, phrase - CLOSE_PHRASE) / (1 - CLOSE_PHRASE),
    ...c.fields,
  ];
}

export function confidenceFeatures(c: Candidate, rankScore: number): number[] {
  return [1, c.relevance, c.matched.topicWords / TOPIC_WORDS_UNIT, c.missingAnchor, c.missingKnownAnchor, c.namesProduct ? 1 : 0, rankScore];
}
