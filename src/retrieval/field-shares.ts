import type { SearchIndex } from './build-index.js';
import { FIELD_COUNT, postingsOf } from './postings.js';
import type { QueryTerm } from './query-terms.js';

/**
 * Where in each of some sections the question's words are found: per field (FIELD_NAMES
 * order), the share of the question's weighted terms (idf mass) that the field alone holds,
 * each saturated as BM25 does. BM25F sums the fields before saturating, so it cannot tell a
 * heading that names the question's topic from a body that mentions its words; the ranking
 * model weighs the fields apart.
 */
export function fieldShares(index: SearchIndex, sections: readonly number[], terms: readonly QueryTerm[], mass: number): number[][] {
  const slot = new Int32Array(index.sections.length).fill(-1);
  sections.forEach((section, i) => (slot[section] = i));
  const held = sections.map(() => new Array<number>(FIELD_COUNT).fill(0));
  for (const { term, weight } of terms) {
    const { from, to } = postingsOf(index.postings, term);
    const w = weight * (index.idf.get(term) ?? 0);
    for (let k = from; k < to; k++) {
      const i = slot[index.postings.sections[k]!]!;
      if (i < 0) continue;
      const shares = held[i]!;
      for (let f = 0; f < FIELD_COUNT; f++) shares[f]! += w * index.postings.fieldStrengths[k * FIELD_COUNT + f]!;
    }
  }
  return held.map((shares) => shares.map((s) => (mass > 0 ? s / mass : 0)));
}
