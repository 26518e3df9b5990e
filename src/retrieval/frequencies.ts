import { FIELD_NAMES } from './fields.js';
import type { FieldCounts } from './field-counts.js';

/**
 * Document frequency counts a term only where a section itself says it: the `document`
 * field repeats the front matter of the whole document in each of its sections, and
 * counting it would make a document's own keywords look common.
 */
function documentFrequencies(counts: FieldCounts[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of counts) {
    const seen = new Set<string>();
    for (const name of FIELD_NAMES) {
      if (name === 'document') continue;
      for (const term of c[name].keys()) seen.add(term);
    }
    for (const term of c.document.keys()) if (!seen.has(term)) df.set(term, df.get(term) ?? 0);
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return df;
}

export function inverseFrequencies(counts: FieldCounts[]): { idf: Map<string, number>; maxIdf: number } {
  const n = counts.length;
  const idf = new Map<string, number>();
  let maxIdf = 0;
  for (const [term, df] of documentFrequencies(counts)) {
    const value = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    idf.set(term, value);
    maxIdf = Math.max(maxIdf, value);
  }
  return { idf, maxIdf };
}
