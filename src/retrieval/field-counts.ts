import type { KnowledgeSection } from '../knowledge/types.js';
import { FIELD_NAMES, sectionFields, type FieldName, type SectionFieldName } from './fields.js';
import type { Normaliser, Token } from './normalise.js';

/** Unigrams, plus bigrams of neighbouring words so that "full refresh" outranks "full" and "refresh" apart. */
export function termsOf(tokens: Token[]): string[] {
  const terms = tokens.map((t) => t.term);
  for (let i = 1; i < tokens.length; i++) terms.push(`${tokens[i - 1]!.term}_${tokens[i]!.term}`);
  return terms;
}

export type FieldCounts = Record<FieldName, Map<string, number>>;

/** Phrases are worth indexing only in the short fields people's wording is written for; in prose they are noise and bulk. */
export const BIGRAM_FIELDS: ReadonlySet<FieldName> = new Set(['heading', 'keywords', 'questions', 'symptoms']);

export function countField(name: FieldName, text: string, normaliser: Normaliser, surfaces: Map<string, string>): Map<string, number> {
  const tokens = normaliser.tokens(text);
  for (const t of tokens) if (!surfaces.has(t.surface)) surfaces.set(t.surface, t.term);
  const map = new Map<string, number>();
  for (const term of BIGRAM_FIELDS.has(name) ? termsOf(tokens) : tokens.map((t) => t.term)) map.set(term, (map.get(term) ?? 0) + 1);
  return map;
}

/** A section's term counts per field; the shared `document` field is counted once per document. */
export function countFields(section: KnowledgeSection, documentCounts: Map<string, number>, normaliser: Normaliser, surfaces: Map<string, string>): FieldCounts {
  const counts = { document: documentCounts } as FieldCounts;
  for (const [name, text] of Object.entries(sectionFields(section)) as [SectionFieldName, string][]) {
    counts[name] = countField(name, text, normaliser, surfaces);
  }
  return counts;
}

export function fieldLength(counts: Map<string, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

export function averageLengths(all: FieldCounts[]): Record<FieldName, number> {
  const avg = {} as Record<FieldName, number>;
  for (const name of FIELD_NAMES) {
    const total = all.reduce((sum, c) => sum + fieldLength(c[name]), 0);
    avg[name] = Math.max(1, total / Math.max(1, all.length));
  }
  return avg;
}
