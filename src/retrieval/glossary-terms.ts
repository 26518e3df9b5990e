import type { KnowledgeSection } from '../knowledge/types.js';
import type { Normaliser } from './normalise.js';

/** A term's name as index terms in order ("data lake objects" and "DLO" are both `dlo`). */
function key(normaliser: Normaliser, text: string, correct: (surface: string, term: string) => string = (_s, term) => term): string {
  const corrected = normaliser.nameTokens(text).map((t) => ({ term: correct(t.surface, t.term) }));
  // A corrected word may complete a spelled-out acronym ("gadget kye" → `gk`).
  return normaliser
    .contractTerms(corrected, (_parts, term) => ({ term }))
    .map((t) => t.term)
    .join(' ');
}

/** Glossary entries by every name of their term, as index terms; the first entry to claim a name keeps it. */
export function buildTermNames(sections: readonly KnowledgeSection[], normaliser: Normaliser): ReadonlyMap<string, number> {
  const names = new Map<string, number>();
  sections.forEach((section, i) => {
    for (const name of section.term?.names ?? []) {
      const k = key(normaliser, name);
      if (k !== '' && !names.has(k)) names.set(k, i);
    }
  });
  return names;
}

/**
 * The glossary entry (its section index) whose term the text names, read the way questions
 * are (stemmed, acronyms folded, a misspelt word corrected); null when it names none.
 */
export function findTerm(
  names: ReadonlyMap<string, number>,
  normaliser: Normaliser,
  text: string,
  correct: (surface: string, term: string) => string,
): number | null {
  const k = key(normaliser, text, correct);
  return k === '' ? null : (names.get(k) ?? null);
}
