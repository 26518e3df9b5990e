import type { KnowledgeSection } from '../knowledge/types.js';
import { sectionKeywords } from './fields.js';
import type { Normaliser } from './normalise.js';

/** One of the short things a section is known by: its distinct terms and their idf mass. */
export interface Phrase {
  terms: readonly string[];
  mass: number;
}

/**
 * The short things a section is known by (its heading, each keyword, example question and
 * symptom), each as its distinct terms. A question that one phrase explains whole is a
 * stronger match than one whose words are scattered over a long body.
 */
export function sectionPhrases(section: KnowledgeSection, normaliser: Normaliser, idf: ReadonlyMap<string, number>): Phrase[] {
  const { questions, symptoms } = section.hints;
  return [section.heading, ...sectionKeywords(section), ...questions, ...symptoms]
    .map((phrase) => [...new Set(normaliser.tokens(phrase).map((t) => t.term))])
    .filter((terms) => terms.length > 0)
    .map((terms) => ({ terms, mass: terms.reduce((sum, term) => sum + (idf.get(term) ?? 0), 0) }));
}

/**
 * How well the closest single phrase matches the question: the idf mass they share against
 * both their masses (Dice), so a long phrase does not win by containing everything.
 */
export function bestPhraseMatch(phrases: readonly Phrase[], terms: ReadonlyMap<string, number>, mass: number): number {
  if (mass <= 0) return 0;
  let best = 0;
  for (const phrase of phrases) {
    let covered = 0;
    for (const term of phrase.terms) covered += terms.get(term) ?? 0;
    const score = (2 * covered) / (mass + phrase.mass);
    if (score > best) best = score;
  }
  return best;
}
