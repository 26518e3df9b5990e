import type { KnowledgeSection } from '../knowledge/types.js';
import { FIELD_WEIGHTS, sectionFields, type SectionFieldName } from './fields.js';

/**
 * The second view of a question: BM25 per field over the words as they are written: no
 * stemming, no synonyms, no function words dropped. The first view reads a question for its
 * topic words; this one also keeps its shape ("how do I…", "can I…", "why does…"), which the
 * example questions of the right section often share. Each is right where the other slips,
 * so their rankings are fused (fusion.ts).
 */
export interface WordIndex {
  /** Section indices, best first, at most `limit`. */
  search(text: string, limit: number): number[];
}

// The body is left out: it adds nothing the fused ranking can use (cross-validated), and it
// is most of the text each search would walk through.
const FIELDS: readonly SectionFieldName[] = ['heading', 'keywords', 'questions', 'symptoms', 'lead'];
const K1 = 1.2;
const B = 0.7;
/** BM25+'s floor: a word present in a long field still counts for something. */
const D = 0.5;

const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');

interface Built {
  /** Per word: its postings' sections and BM25+ weights, summed over the fields with their boosts. */
  postings: Map<string, { sections: Int32Array; weights: Float64Array }>;
  count: number;
}

function build(sections: readonly KnowledgeSection[]): Built {
  const fields = sections.map((s) => {
    const text = sectionFields(s);
    return FIELDS.map((f) => wordsOf(text[f]));
  });
  const n = sections.length;
  const avg = FIELDS.map((_, f) => Math.max(1, fields.reduce((sum, s) => sum + s[f]!.length, 0) / Math.max(1, n)));
  // In how many sections each field holds each word: a word common in bodies of prose may be rare in headings.
  const df = FIELDS.map((_, f) => {
    const counts = new Map<string, number>();
    for (const s of fields) for (const w of new Set(s[f])) counts.set(w, (counts.get(w) ?? 0) + 1);
    return counts;
  });
  const perWord = new Map<string, { sections: number[]; weights: number[] }>();
  fields.forEach((byField, section) => {
    const weight = new Map<string, number>();
    byField.forEach((words, f) => {
      const tf = new Map<string, number>();
      for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
      const norm = 1 - B + (B * words.length) / avg[f]!;
      for (const [w, count] of tf) {
        const m = df[f]!.get(w)!;
        const idf = Math.log(1 + (n - m + 0.5) / (m + 0.5));
        const score = idf * (D + (count * (K1 + 1)) / (count + K1 * norm));
        weight.set(w, (weight.get(w) ?? 0) + FIELD_WEIGHTS[FIELDS[f]!] * score);
      }
    });
    for (const [w, value] of weight) {
      let entry = perWord.get(w);
      if (!entry) perWord.set(w, (entry = { sections: [], weights: [] }));
      entry.sections.push(section);
      entry.weights.push(value);
    }
  });
  const postings = new Map<string, { sections: Int32Array; weights: Float64Array }>();
  for (const [w, p] of perWord) postings.set(w, { sections: Int32Array.from(p.sections), weights: Float64Array.from(p.weights) });
  return { postings, count: n };
}

export function buildWordIndex(sections: readonly KnowledgeSection[]): WordIndex {
  const { postings, count } = build(sections);
  const scores = new Float64Array(count);
  const matched = new Uint16Array(count);
  const touched: number[] = [];
  // A section that holds more of the question's words is worth more than the sum says: its
  // score is multiplied by how many of them it holds, as MiniSearch's is.
  const worth = (s: number) => scores[s]! * matched[s]!;
  return {
    search(text, limit) {
      for (const w of new Set(wordsOf(text))) {
        const p = postings.get(w);
        if (!p) continue;
        for (let k = 0; k < p.sections.length; k++) {
          const s = p.sections[k]!;
          if (matched[s] === 0) touched.push(s);
          scores[s] = scores[s]! + p.weights[k]!;
          matched[s] = matched[s]! + 1;
        }
      }
      const best = touched.sort((a, b) => worth(b) - worth(a) || a - b).slice(0, limit);
      for (const s of touched) scores[s] = matched[s] = 0;
      touched.length = 0;
      return best;
    },
  };
}
