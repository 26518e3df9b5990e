import type { SearchIndex } from './build-index.js';
import { CANDIDATES, candidatesOf, type Candidate } from './candidates.js';
import { fuseRankings } from './fusion.js';
import { resolveQuery, type ResolvedQuery } from './query-terms.js';

/** A section as an answer to a question: its evidence, and where the fused ranking puts it. */
export interface Hit extends Candidate {
  /** How high both views rank it, 0-1 (1: first in both); hits are in this order. */
  score: number;
}

export interface Search {
  /** The question in the index's terms. */
  query: ResolvedQuery;
  /** The best-matching sections, best first. */
  hits: Hit[];
  /** Both views of the question put the same section first, and it is the first hit. */
  agree: boolean;
}

/**
 * The best-matching sections for a question, best first: the topic view (BM25F over
 * normalised terms and the sections' own phrases) and the word view (BM25 over the words
 * as written) each rank them, and the rankings are fused.
 */
export function searchQuestion(index: SearchIndex, question: string, limit = 5): Search {
  return searchResolved(index, resolveQuery(index, question), limit);
}

/** The same, for a question already resolved (query-terms.ts). */
export function searchResolved(index: SearchIndex, query: ResolvedQuery, limit = 5): Search {
  const words = index.words.search(query.words, CANDIDATES);
  const found = candidatesOf(index, query, CANDIDATES, words);
  if (found.length === 0) return { query, hits: [], agree: false };
  const byIndex = new Map(found.map((c) => [c.at, c]));
  const fused = fuseRankings([found.map((c) => c.at), words.filter((i) => byIndex.has(i))]);
  const hits = fused.order.slice(0, limit).map((at, k) => ({ ...byIndex.get(at)!, score: fused.score[k]! }));
  return { query, hits, agree: found[0]!.at === hits[0]!.at && words[0] === hits[0]!.at };
}

/** The best-matching sections for a question, best first. */
export function search(index: SearchIndex, question: string, limit = 5): Hit[] {
  return searchQuestion(index, question, limit).hits;
}
