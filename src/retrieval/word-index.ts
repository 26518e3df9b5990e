import MiniSearch from 'minisearch';
import type { KnowledgeSection } from '../knowledge/types.js';
import { FIELD_WEIGHTS, sectionFields, type SectionFieldName } from './fields.js';

/**
 * The second view of a question: BM25 per field (MiniSearch) over the words as they are
 * written: no stemming, no synonyms, no words dropped. The first view reads a question for
 * its topic words; this one also keeps its shape ("how do I…", "can I…", "why does…"), which
 * the example questions of the right section often share. Each is right where the other
 * slips, so their rankings are fused (fusion.ts).
 */
export interface WordIndex {
  /** Section indices, best first, at most `limit`. */
  search(text: string, limit: number): number[];
}

type FieldDoc = Record<SectionFieldName, string> & { id: number };

// The body is left out: it adds nothing the fused ranking can use (cross-validated), and it
// is most of the text each search walks through.
const FIELDS: readonly SectionFieldName[] = ['heading', 'keywords', 'questions', 'symptoms', 'lead'];

export function buildWordIndex(sections: readonly KnowledgeSection[]): WordIndex {
  const boost = Object.fromEntries(FIELDS.map((f) => [f, FIELD_WEIGHTS[f]]));
  const index = new MiniSearch<FieldDoc>({ fields: [...FIELDS], storeFields: [], searchOptions: { boost } });
  index.addAll(sections.map((section, id) => ({ id, ...sectionFields(section) })));
  return {
    search(text, limit) {
      return index
        .search(text)
        .slice(0, limit)
        .map((result) => result.id as number);
    },
  };
}
