import { stemmer } from 'stemmer';
import { CHAT_ACRONYMS } from './chat-acronyms.js';
import { STOP_WORDS } from './stop-words.js';
import { PHRASES, canonicalTerm } from './synonyms.js';

/** One word of a text after normalisation: the surface form and the term it indexes as. */
export interface Token {
  surface: string;
  term: string;
}

/** Turns text into index terms; the same function serves questions and knowledge, so both sides agree. */
export interface Normaliser {
  tokens(text: string): Token[];
  /** The same, keeping function words: a name such as "Other category" is not just "category". */
  nameTokens(text: string): Token[];
  /** Folds spelled-out acronyms in an already-normalised sequence of terms (after spelling correction). */
  contractTerms<T extends { term: string }>(terms: T[], merge: (parts: T[], term: string) => T): T[];
}

interface Contraction {
  /** The terms of the spelled-out form, e.g. data · lake · object. */
  terms: string[];
  /** The acronym's term, e.g. `dlo`. */
  term: string;
}

/**
 * Words the Porter stemmer folds into the wrong family for this domain ("customers" into
 * "custom", "activity" into "activation"); each maps to its own term instead.
 */
const STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ...['customer', 'customers'].map((w) => [w, 'customer'] as const),
  ...['activation', 'activations', 'activate', 'activated', 'activating'].map((w) => [w, 'activation'] as const),
  ...['activity', 'activities'].map((w) => [w, 'activity'] as const),
  ...['organization', 'organizations', 'organisation', 'organisations', 'orgs'].map((w) => [w, 'org'] as const),
  ...['general', 'generally'].map((w) => [w, 'general'] as const),
  ...['use', 'uses', 'used', 'using', 'usage'].map((w) => [w, 'use'] as const),
]);

const NUMBER = /^\d+(?:[.,]\d+)?(?:k|m|mb|kb|gb|b|bn|ms|s|h|x|%)?$/;

export function isNumberToken(surface: string): boolean {
  return NUMBER.test(surface);
}

function prepare(text: string): string {
  let out = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]s\b/g, '').replace(/['’]/g, '');
  for (const [pattern, replacement] of PHRASES) out = out.replace(pattern, replacement);
  return out;
}

function words(text: string, keepStopWords = false): string[] {
  return prepare(text).split(/[^a-z0-9]+/).filter((w) => w.length > 1 && (keepStopWords || !STOP_WORDS.has(w)));
}

/**
 * Folds a spelled-out acronym into the acronym ("data lake objects" → `dlo`) so a question
 * and a document match whichever form each uses, and the concept counts once.
 */
function contract<T extends { term: string }>(tokens: T[], byFirstTerm: ReadonlyMap<string, readonly Contraction[]>, merge: (parts: T[], term: string) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = byFirstTerm.get(tokens[i]!.term);
    const found = candidates?.find((c) => c.terms.every((t, k) => tokens[i + k]?.term === t));
    if (!found) {
      out.push(tokens[i]!);
      continue;
    }
    out.push(merge(tokens.slice(i, i + found.terms.length), found.term));
    i += found.terms.length - 1;
  }
  return out;
}

const mergeTokens = (parts: Token[], term: string): Token => ({ surface: parts.map((t) => t.surface).join(' '), term });

/** "Enterprise ID, the top-level business unit" → "Enterprise ID": only the expansion itself. */
function spelledOut(expansion: string): string {
  return expansion.split(/[(,;:]/)[0] ?? expansion;
}

export function createNormaliser(documentAcronyms: Readonly<Record<string, string>> = {}): Normaliser {
  const stems = new Map<string, string>();
  const termOf = (word: string): string => {
    let term = stems.get(word);
    if (term === undefined) {
      term = STEM_EXCEPTIONS.get(word) ?? canonicalTerm(stemmer(word));
      if (stems.size < 100_000) stems.set(word, term);
    }
    return term;
  };
  const contractions: Contraction[] = Object.entries({ ...CHAT_ACRONYMS, ...documentAcronyms })
    .map(([short, long]) => ({ terms: words(spelledOut(long)).map(termOf), term: termOf(short.toLowerCase()) }))
    .filter((c) => c.terms.length > 1)
    .sort((a, b) => b.terms.length - a.terms.length);
  const byFirstTerm = new Map<string, Contraction[]>();
  for (const c of contractions) byFirstTerm.set(c.terms[0]!, [...(byFirstTerm.get(c.terms[0]!) ?? []), c]);
  return {
    tokens(text: string): Token[] {
      return contract(words(text).map((surface) => ({ surface, term: termOf(surface) })), byFirstTerm, mergeTokens);
    },
    nameTokens(text: string): Token[] {
      return contract(words(text, true).map((surface) => ({ surface, term: termOf(surface) })), byFirstTerm, mergeTokens);
    },
    contractTerms(terms, merge) {
      return contract(terms, byFirstTerm, merge);
    },
  };
}
