import type { KnowledgeSection } from '../knowledge/types.js';
import type { Normaliser } from './normalise.js';

/** Glossary entries (indices into the glossary's sections) by the names of their terms. */
export interface TermNames {
  /** By the name as written, lower-cased, punctuation as spaces: "near-real-time data graph". */
  exact: ReadonlyMap<string, number>;
  /**
   * By the name as index terms (stemmed, acronyms folded: "data lake objects" and "DLO" are
   * both `dlo`), for names typed loosely; a key two entries share names neither.
   */
  loose: ReadonlyMap<string, number>;
}

const exactKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function looseKey(normaliser: Normaliser, text: string, correct: (surface: string, term: string) => string = (_s, term) => term): string {
  const corrected = normaliser.nameTokens(text).map((t) => ({ term: correct(t.surface, t.term) }));
  // A corrected word may complete a spelled-out acronym ("gadget kye" → `gk`).
  return normaliser
    .contractTerms(corrected, (_parts, term) => ({ term }))
    .map((t) => t.term)
    .join(' ');
}

export function buildTermNames(sections: readonly KnowledgeSection[], normaliser: Normaliser): TermNames {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  const shared = new Set<string>();
  sections.forEach((section, i) => {
    for (const name of section.term?.names ?? []) {
      const e = exactKey(name);
      if (e !== '' && !exact.has(e)) exact.set(e, i);
      const k = looseKey(normaliser, name);
      if (k === '' || loose.get(k) === i) continue;
      if (loose.has(k)) shared.add(k);
      else loose.set(k, i);
    }
  });
  for (const k of shared) loose.delete(k);
  return { exact, loose };
}

/**
 * The glossary entry whose term the text names: by the name as written, else read the way
 * questions are (stemmed, acronyms folded, a misspelt word corrected); null when it names none.
 */
export function findTerm(names: TermNames, normaliser: Normaliser, text: string, correct: (surface: string, term: string) => string): number | null {
  const exact = names.exact.get(exactKey(text));
  if (exact !== undefined) return exact;
  const k = looseKey(normaliser, text, correct);
  return k === '' ? null : (names.loose.get(k) ?? null);
}
