import type { Candidate } from './candidates.js';
import { logistic, weigh, type Weights } from './linear-model.js';
import { CONFIDENCE_FEATURES, RANKING_FEATURES, confidenceFeatures, rankingFeatures, type ConfidenceFeature, type RankingFeature } from './ranking-features.js';

/**
 * How candidates are ordered and when the first one is answer enough: a linear ranking score
 * over each candidate's evidence, and a logistic model of how likely the first-ranked section
 * is a right answer to an in-scope question. Fitted on the tuning set (`npm run fit`,
 * test/eval/fit-model.ts), never by hand.
 */
export interface RankingModel {
  ranking: Weights<RankingFeature>;
  confidence: Weights<ConfidenceFeature>;
  /** The confidence (0-1) at which the advisor answers instead of saying it does not know. */
  threshold: number;
}

export interface Ranked extends Candidate {
  /** The ranking model's score: only its order means anything. */
  score: number;
  /** How likely this section, ranked first, answers an in-scope question (0-1). */
  confidence: number;
}

export function rankScore(ranking: RankingModel['ranking'], candidate: Candidate): number {
  return weigh(RANKING_FEATURES, ranking, rankingFeatures(candidate));
}

export function confidenceOf(confidence: RankingModel['confidence'], candidate: Candidate, score: number): number {
  return logistic(weigh(CONFIDENCE_FEATURES, confidence, confidenceFeatures(candidate, score)));
}

/**
 * Candidates in the model's order, best first; equal scores keep their order. Each candidate
 * gets its score and confidence set on it rather than copied: candidates belong to one
 * question, and copying 25 of them per question more than doubled the time an ask spent in
 * garbage collection.
 */
export function rankCandidates<C extends Candidate>(model: RankingModel, found: readonly C[]): Array<C & Ranked> {
  const ranked = found.slice() as Array<C & Ranked>;
  for (const c of ranked) {
    c.score = rankScore(model.ranking, c);
    c.confidence = confidenceOf(model.confidence, c, c.score);
  }
  return ranked.sort((a, b) => b.score - a.score);
}
