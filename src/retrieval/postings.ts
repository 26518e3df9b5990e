import type { FieldCounts } from './field-counts.js';
import { FIELD_NAMES, type FieldName } from './fields.js';

/**
 * Every term's postings in flat typed arrays: the k-th posting names a section and BM25F's
 * saturated, field-weighted term frequency there in [0, 1). A term's postings are
 * `start[id]` up to `start[id + 1]`, in section order. A 10,000-section base has some 300,000
 * terms and 3,000,000 postings: an object or typed array per term would cost more than the data.
 */
export interface Postings {
  ids: ReadonlyMap<string, number>;
  start: Int32Array;
  sections: Int32Array;
  strengths: Float64Array;
}

interface Saturation {
  k1: number;
  fieldWeights: Readonly<Record<FieldName, number>>;
}

function termsOfSection(counts: FieldCounts): Set<string> {
  const terms = new Set<string>();
  for (const name of FIELD_NAMES) for (const term of counts[name].keys()) terms.add(term);
  return terms;
}

/** Two passes over the sections' counts: the first sizes each term's run, the second fills it. */
export function buildPostings(all: readonly FieldCounts[], norms: readonly (readonly number[])[], { k1, fieldWeights }: Saturation): Postings {
  const ids = new Map<string, number>();
  const sizes: number[] = [];
  const sectionTerms = all.map(termsOfSection);
  for (const terms of sectionTerms) {
    for (const term of terms) {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = sizes.push(0) - 1));
      sizes[id]!++;
    }
  }
  const start = new Int32Array(sizes.length + 1);
  sizes.forEach((size, id) => (start[id + 1] = start[id]! + size));
  const total = start[sizes.length]!;
  const postings: Postings = { ids, start, sections: new Int32Array(total), strengths: new Float64Array(total) };
  const cursor = start.slice(0, sizes.length);
  sectionTerms.forEach((terms, section) => {
    const counts = all[section]!;
    for (const term of terms) {
      const k = cursor[ids.get(term)!]!++;
      let weighted = 0;
      FIELD_NAMES.forEach((name, f) => {
        weighted += (fieldWeights[name] * (counts[name].get(term) ?? 0)) / norms[section]![f]!;
      });
      postings.sections[k] = section;
      postings.strengths[k] = weighted / (k1 + weighted);
    }
  });
  return postings;
}

/** The positions of a term's postings, or an empty run for a term no section has. */
export function postingsOf(postings: Postings, term: string): { from: number; to: number } {
  const id = postings.ids.get(term);
  return id === undefined ? { from: 0, to: 0 } : { from: postings.start[id]!, to: postings.start[id + 1]! };
}
