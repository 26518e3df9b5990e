import type { KnowledgeSection } from '../knowledge/types.js';
import type { SearchIndex } from '../retrieval/build-index.js';
import { findTerm } from '../retrieval/glossary-terms.js';
import { parseDefinitionQuery } from './definition-query.js';

/** A definition from the glossary: the text to say and the sections it comes from, best first. */
export interface Definition {
  answer: string;
  sections: KnowledgeSection[];
}

function lookUp(index: SearchIndex, text: string): KnowledgeSection | null {
  const correct = (surface: string, term: string) => (index.idf.has(term) ? term : (index.vocabulary.correct(surface)?.term ?? term));
  const at = findTerm(index.termNames, index.normaliser, text, correct);
  return at === null ? null : (index.entries[at] ?? null);
}

const paragraphs = (section: KnowledgeSection) => section.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

/** The section that goes deeper into a term, when the knowledge base has it. */
function deeper(index: SearchIndex, entry: KnowledgeSection): KnowledgeSection[] {
  const [doc, slug] = (entry.term?.deeper ?? '').split('#');
  const found = index.sections.find((s) => s.doc === doc && s.slug === slug);
  return found ? [found] : [];
}

/**
 * How two terms differ: the paragraph of the entry that names the other as its look-alike
 * (each entry's second paragraph says what it is not); none when neither does.
 */
function difference(a: KnowledgeSection, b: KnowledgeSection): string | null {
  if (a.term?.confusedWith.includes(b.slug)) return paragraphs(a)[1] ?? null;
  if (b.term?.confusedWith.includes(a.slug)) return paragraphs(b)[1] ?? null;
  return null;
}

/**
 * The glossary's answer to "what is X" (X's definition) or "X vs Y" (both definitions and the
 * difference), when the question has that shape and names glossary terms; null otherwise.
 */
export function definitionAnswer(index: SearchIndex, question: string): Definition | null {
  const whole = defineOrCompare(index, question);
  if (whole) return whole;
  // "whats a DSO? saw it in an error", "what does CDP mean, is that data cloud": the first part asks it.
  const first = firstClause(question);
  return first === question.trim() ? null : defineOrCompare(index, first);
}

/** The text up to its first sentence end, or a comma before a follow-up question. */
function firstClause(text: string): string {
  return text.split(/[?!;]\s+|\.\s+|,\s+(?=(?:is|are|does|do|can|could|should|would|will|how|what|whats|why|where|which|or|saw|i|we|it)\b)/i)[0]!.trim();
}

function defineOrCompare(index: SearchIndex, question: string): Definition | null {
  const query = parseDefinitionQuery(question);
  if (!query) return null;
  if (query.kind === 'define') {
    const entry = lookUp(index, query.term);
    return entry ? { answer: entry.lead, sections: [entry, ...deeper(index, entry)] } : null;
  }
  const [a, b] = query.terms.map((term) => lookUp(index, term));
  if (!a || !b || a === b) return null;
  const parts = [a.lead, b.lead, difference(a, b)].filter((p): p is string => p !== null);
  return { answer: parts.join('\n\n'), sections: [a, b] };
}
