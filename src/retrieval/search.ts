import type { SearchIndex } from './build-index.js';
import { CANDIDATES, candidatesOf } from './candidates.js';
import { FITTED_MODEL } from './model-weights.js';
import { resolveQuery, type ResolvedQuery } from './query-terms.js';
import { rankCandidates, type Ranked, type RankingModel } from './ranking-model.js';

/** A section as an answer to a question, with the evidence and the model's verdict on it. */
export type Hit = Ranked;

export interface Search {
  /** The question in the index's terms. */
  query: ResolvedQuery;
  /** The best-matching sections, best first. */
  hits: Hit[];
}

/** The best-matching sections for a question, best first, and the question as it was read. */
export function searchQuestion(index: SearchIndex, question: string, limit = 5, model: RankingModel = FITTED_MODEL): Search {
  const query = resolveQuery(index, question);
  return { query, hits: rankCandidates(model, candidatesOf(index, query, Math.max(limit, CANDIDATES))).slice(0, limit) };
}

/** The best-matching sections for a question, best first. */
export function search(index: SearchIndex, question: string, limit = 5, model: RankingModel = FITTED_MODEL): Hit[] {
  return searchQuestion(index, question, limit, model).hits;
}
