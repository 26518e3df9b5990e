import type { KnowledgeSection } from '../knowledge/types.js';
import { sectionKeywords } from './fields.js';
import type { Normaliser } from './normalise.js';

/**
 * The short things a section is known by (its heading, each keyword, example question and
 * symptom), each as a set of terms. A question that one phrase explains whole is a
 * stronger match than one whose words are scattered over a long body.
 */
export function sectionPhrases(section: KnowledgeSection, normaliser: Normaliser): ReadonlySet<string>[] {
  const { questions, symptoms } = section.hints;
  return [section.heading, ...sectionKeywords(section), ...questions, ...symptoms]
    .map((phrase) => new Set(normaliser.tokens(phrase).map((t) => t.term)))
    .filter((terms) => terms.size > 0);
}

/**
 * How well the closest single phrase matches the question: the idf mass they share against
 * both their masses (Dice), so a long phrase does not win by containing everything.
 */
export function bestPhraseMatch(phrases: readonly ReadonlySet<string>[], terms: ReadonlyMap<string, number>, mass: number, idf: ReadonlyMap<string, number>): number {
  let best = 0;
  for (const phrase of phrases) {
    let covered = 0;
    let phraseMass = 0;
    for (const term of phrase) {
      covered += terms.get(term) ?? 0;
      phraseMass += idf.get(term) ?? 0;
    }
    const score = (2 * covered) / (mass + phraseMass);
    if (score > best) best = score;
  }
  return mass > 0 ? best : 0;
}
