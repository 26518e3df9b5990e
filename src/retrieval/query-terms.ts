import type { SearchIndex } from './build-index.js';
import { isFamiliarWord } from './familiar-words.js';
import { unswapWords } from './unswap.js';
import { wordQuery } from './word-query.js';
import { isNumberToken } from './normalise.js';
import { STOP_WORDS } from './stop-words.js';

export interface QueryTerm {
  term: string;
  /** 1 for a word the knowledge base uses; less for a corrected misspelling or a bigram. */
  weight: number;
}

export interface ResolvedQuery {
  terms: QueryTerm[];
  /** The idf mass of words nobody in the knowledge base uses: they lower every section's relevance. */
  unknownMass: number;
  /**
   * The words that say what the question is about (not everyday English, not numbers), as
   * index terms; `null` for one the knowledge base does not know. An answer that lacks the
   * rarest of them is about something else ("how do I delete a *report*").
   */
  anchors: (string | null)[];
  /** The question's words as the word view reads them: slips mended, fillers dropped (word-query.ts). */
  words: string;
}

interface SequenceTerm extends QueryTerm {
  anchor: boolean;
}

/** A phrase match confirms its words; it should not outweigh them, however rare the pair. */
const BIGRAM_WEIGHT = 0.3;
/** Everyday words ("half", "next", "pull") that the knowledge base does not name as topics. */
const FAMILIAR_WEIGHT = 0.3;
/** An unknown word counts as a fairly rare word the answer failed to contain. */
const UNKNOWN_WORD_SHARE = 0.8;
/**
 * A word the knowledge base only mentions in passing ("sandbox", "opportunity") is half
 * unknown: questions about Data 360 ingestion use the words its sections are asked by.
 */
const PASSING_WORD_SHARE = 0.5;

function addTerm(terms: Map<string, number>, term: string, weight: number): void {
  terms.set(term, Math.max(terms.get(term) ?? 0, weight));
}

/** A word the advisor reads as typed: a function word, an everyday word, or a word of the knowledge base. */
function isKnownWord(index: SearchIndex, word: string): boolean {
  if (STOP_WORDS.has(word) || isFamiliarWord(word)) return true;
  let known = knownWords.get(index)?.get(word);
  if (known === undefined) {
    const [token] = index.normaliser.tokens(word);
    known = token !== undefined && index.idf.has(token.term);
    const cache = knownWords.get(index) ?? new Map<string, boolean>();
    if (cache.size >= MAX_KNOWN_CACHE) cache.clear();
    knownWords.set(index, cache.set(word, known));
  }
  return known;
}

/** Whether a word is the knowledge base's, per index: normalising it is the costly part of a question. */
const knownWords = new WeakMap<SearchIndex, Map<string, boolean>>();
const MAX_KNOWN_CACHE = 20_000;

/** Resolves a question into the index's terms: known words, corrected misspellings, and bigrams. */
export function resolveQuery(index: SearchIndex, question: string): ResolvedQuery {
  const terms = new Map<string, number>();
  const sequence: SequenceTerm[] = [];
  const anchors: (string | null)[] = [];
  let unknownMass = 0;
  const repaired = unswapWords(question, (word) => isKnownWord(index, word));
  const mended = new Map<string, string>();
  for (const token of index.normaliser.tokens(repaired)) {
    const familiar = !index.topicTerms.has(token.term) && isFamiliarWord(token.surface);
    const weight = familiar ? FAMILIAR_WEIGHT : 1;
    if (index.idf.has(token.term)) {
      sequence.push({ term: token.term, weight, anchor: !familiar });
      if (!index.askedTerms.has(token.term)) unknownMass += index.maxIdf * UNKNOWN_WORD_SHARE * PASSING_WORD_SHARE * weight;
      continue;
    }
    if (isNumberToken(token.surface)) continue;
    if (familiar) {
      // Everyday English is not a misspelling of a knowledge-base word ("lunch" is not "launch").
      unknownMass += index.maxIdf * UNKNOWN_WORD_SHARE * weight;
      continue;
    }
    // A word cut short that could be several words is read as the one that makes a phrase with the word before.
    const before = sequence.at(-1)?.term;
    const correction = index.vocabulary.correct(token.surface, before === undefined ? undefined : (term) => index.idf.has(`${before}_${term}`));
    // A corrected word is partly unknown: the doubt lowers relevance.
    if (correction) {
      sequence.push({ term: correction.term, weight: correction.weight, anchor: true });
      mended.set(token.surface, correction.surface);
    }
    else anchors.push(null);
    unknownMass += index.maxIdf * UNKNOWN_WORD_SHARE * (1 - (correction?.weight ?? 0));
  }
  // Corrected words may now spell out an acronym ("primary kye" → `pk`).
  const contracted = index.normaliser.contractTerms(sequence, (parts, term) => ({
    term,
    weight: Math.min(...parts.map((p) => p.weight)),
    anchor: parts.some((p) => p.anchor),
  }));
  sequence.splice(0, sequence.length, ...contracted);
  for (const t of sequence) addTerm(terms, t.term, t.weight);
  for (const t of sequence) if (t.anchor && !/^\d/.test(t.term)) anchors.push(t.term);
  for (let i = 1; i < sequence.length; i++) {
    const a = sequence[i - 1]!;
    const b = sequence[i]!;
    const bigram = `${a.term}_${b.term}`;
    if (index.idf.has(bigram)) addTerm(terms, bigram, BIGRAM_WEIGHT * Math.min(a.weight, b.weight));
  }
  const resolved = [...terms].map(([term, weight]) => ({ term, weight }));
  return { terms: resolved, unknownMass, anchors, words: wordQuery(repaired, mended) };
}
