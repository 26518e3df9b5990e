import type { KnowledgeSection } from '../knowledge/types.js';

/** A sentence of a section, and the index terms it holds. */
export interface Sentence {
  text: string;
  terms: ReadonlySet<string>;
  /** Its paragraph, counted from 0 (the lead). */
  paragraph: number;
}

/** A sentence that leans on the one before it ("It", "This", "They") cannot be quoted alone. */
const LEANS_BACK = /^(?:it|its|this|that|these|those|they|them|their|there|here|so|but|and|also|then|otherwise|however|instead|both|either|neither|such)\b/i;
/** A quoted sentence this short says too little alone; the next one of its paragraph joins it. */
const SHORT_SENTENCE = 90;
/** Lines without a full stop this short are headings or labels, not answers. */
const MIN_LINE = 40;

/** A section's text as sentences: paragraphs, then lines (list items), then sentence ends. */
export function splitSentences(section: KnowledgeSection, termsOf: (text: string) => ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  section.text.split(/\n\s*\n/).forEach((block, paragraph) => {
    for (const line of block.split('\n')) {
      for (const text of line.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)) {
        const trimmed = text.trim();
        if (trimmed.length < MIN_LINE && !/[.!?]$/.test(trimmed)) continue;
        out.push({ text: trimmed, terms: termsOf(trimmed), paragraph });
      }
    }
  });
  return out;
}

function weightOf(terms: ReadonlySet<string>, question: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const [term, weight] of question) if (terms.has(term)) sum += weight;
  return sum;
}

/**
 * The passage of a section that answers the question: its lead paragraph, written to be
 * quoted alone, unless one sentence further down holds clearly more of the question
 * ("what suffix do DLO API names have?" is answered by the sentence naming the suffixes).
 * `question` maps each of the question's terms to its weight (idf × how sure the word is).
 */
export function bestPassage(section: KnowledgeSection, sentences: readonly Sentence[], question: ReadonlyMap<string, number>): string {
  const lead = new Set<string>();
  for (const s of sentences) if (s.paragraph === 0) for (const t of s.terms) lead.add(t);
  const leadWeight = weightOf(lead, question);
  let best = -1;
  let bestWeight = leadWeight;
  sentences.forEach((s, i) => {
    if (s.paragraph === 0) return;
    const weight = weightOf(s.terms, question);
    if (weight > bestWeight + 1e-9) {
      best = i;
      bestWeight = weight;
    }
  });
  if (best < 0) return section.lead;
  return around(sentences, best);
}

function around(sentences: readonly Sentence[], at: number): string {
  const chosen = sentences[at]!;
  const parts = [chosen.text];
  const before = sentences[at - 1];
  if (LEANS_BACK.test(chosen.text) && before && before.paragraph === chosen.paragraph) parts.unshift(before.text);
  const after = sentences[at + 1];
  if (chosen.text.length < SHORT_SENTENCE && after && after.paragraph === chosen.paragraph) parts.push(after.text);
  return parts.join(' ');
}
