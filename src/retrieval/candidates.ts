import type { KnowledgeSection } from '../knowledge/types.js';
import type { SearchIndex } from './build-index.js';
import { bestPhraseMatch } from './phrases.js';
import { postingsOf } from './postings.js';
import type { ResolvedQuery } from './query-terms.js';

/** What is known of one section as an answer to one question: what the bands weigh. */
export interface Candidate {
  section: KnowledgeSection;
  /** Its index in the search index's sections. */
  at: number;
  /**
   * How well this section answers the question, from 0 (not at all) to 1: a blend of how
   * much of the question's weighted terms the section holds (BM25F) and how well the
   * closest single heading, keyword, example question or symptom of the section matches it.
   */
  relevance: number;
  /**
   * How much of the question's weighted terms the section holds (its BM25F score against the
   * question's own weight, 0-1): relevance before the phrase match, and what the bands judge.
   */
  coverage: number;
  /**
   * How rare (idf against the rarest possible, 0-1) the rarest topic word of the question
   * is that this section lacks; 1 when the question has a word the knowledge base never uses.
   */
  missingAnchor: number;
  /** The same, counting only the words the knowledge base knows (a word it never uses is missing everywhere). */
  missingKnownAnchor: number;
}

/** How many of the best BM25F candidates are fused with the word view's ranking. */
export const CANDIDATES = 25;
/** Anchors are tracked as bits; a question has far fewer topic words than this. */
const MAX_ANCHORS = 31;

interface Scored {
  scores: Float64Array;
  /** Per section, a bit per anchor it contains. */
  anchorBits: Uint32Array;
  anchorTerms: string[];
  /** Question terms (not bigrams) by their weighted idf, for phrase matching. */
  weighted: Map<string, number>;
  mass: number;
}

function score(index: SearchIndex, query: ResolvedQuery): Scored {
  const scores = new Float64Array(index.sections.length);
  const anchorBits = new Uint32Array(index.sections.length);
  const anchorTerms = [...new Set(query.anchors.filter((a): a is string => a !== null))].slice(0, MAX_ANCHORS);
  const weighted = new Map<string, number>();
  let mass = query.unknownMass;
  for (const { term, weight } of query.terms) {
    const idf = index.idf.get(term) ?? 0;
    // A word a section only mentions in passing ("slack" in a checklist line) does not make the
    // section about it: only sections that are asked by it cover it.
    const bit = index.askedTerms.has(term) ? anchorTerms.indexOf(term) : -1;
    mass += weight * idf;
    if (!term.includes('_')) weighted.set(term, weight * idf);
    const { from, to } = postingsOf(index.postings, term);
    for (let k = from; k < to; k++) {
      const section = index.postings.sections[k]!;
      scores[section]! += weight * idf * index.postings.strengths[k]!;
      if (bit >= 0) anchorBits[section]! |= 1 << bit;
    }
  }
  return { scores, anchorBits, anchorTerms, weighted, mass };
}

function missingKnownAnchor(index: SearchIndex, scored: Scored, section: number): number {
  let rarest = 0;
  scored.anchorTerms.forEach((term, bit) => {
    if ((scored.anchorBits[section]! & (1 << bit)) === 0) rarest = Math.max(rarest, index.idf.get(term) ?? 0);
  });
  return index.maxIdf > 0 ? rarest / index.maxIdf : 0;
}

function toCandidate(index: SearchIndex, query: ResolvedQuery, scored: Scored, i: number, unknownTopic: boolean): Candidate {
  const phrase = bestPhraseMatch(index.phrases[i] ?? [], scored.weighted, scored.mass);
  const share = index.tuning.phraseShare;
  const terms = scored.scores[i]! / scored.mass;
  const relevance = Math.min(1, (index.priors[i] ?? 1) * ((1 - share) * terms + share * phrase));
  const known = missingKnownAnchor(index, scored, i);
  return {
    section: index.sections[i]!,
    at: i,
    relevance,
    coverage: Math.min(1, terms),
    missingAnchor: unknownTopic ? 1 : known,
    missingKnownAnchor: known,
  };
}


/**
 * The same, for a question already resolved into the index's terms; `also` adds sections
 * another view of the question found (their evidence is worked out all the same).
 */
export function candidatesOf(index: SearchIndex, query: ResolvedQuery, count = CANDIDATES, also: readonly number[] = []): Candidate[] {
  if (query.terms.length === 0) return [];
  const scored = score(index, query);
  if (scored.mass <= 0) return [];
  // A topic word nobody in the knowledge base uses is missing from every section.
  const unknownTopic = query.anchors.includes(null);
  const best = new Set(topK(scored.scores, count));
  for (const i of also) best.add(i);
  const found = [...best].map((i) => toCandidate(index, query, scored, i, unknownTopic));
  return found.sort((a, b) => b.relevance - a.relevance);
}

/** Indices of the k highest non-zero scores, best first; ties keep document order. */
function topK(scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s <= 0) continue;
    if (best.length === k && s <= scores[best[k - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && scores[best[at - 1]!]! < s) at--;
    best.splice(at, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}
