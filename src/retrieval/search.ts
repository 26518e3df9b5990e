import type { SearchIndex } from './build-index.js';
import { CANDIDATES, candidates } from './candidates.js';
import { FITTED_MODEL } from './model-weights.js';
import { rankCandidates, type Ranked, type RankingModel } from './ranking-model.js';

/** A section as an answer to a question, with the evidence and the model's verdict on it. */
export type Hit = Ranked;

/** The best-matching sections for a question, best first. */
export function search(index: SearchIndex, question: string, limit = 5, model: RankingModel = FITTED_MODEL): Hit[] {
  return rankCandidates(model, candidates(index, question, Math.max(limit, CANDIDATES))).slice(0, limit);
}
