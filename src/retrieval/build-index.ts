import type { DocumentKind, KnowledgeBase, KnowledgeSection } from '../knowledge/types.js';
import { averageLengths, BIGRAM_FIELDS, countField, countFields, fieldLength, type FieldCounts } from './field-counts.js';
import { FIELD_NAMES, FIELD_WEIGHTS, documentField, type FieldName } from './fields.js';
import { inverseFrequencies } from './frequencies.js';
import { FuzzyVocabulary } from './fuzzy-vocabulary.js';
import { buildTermNames, type TermNames } from './glossary-terms.js';
import { buildWordIndex, type WordIndex } from './word-index.js';
import { sectionPhrases, type Phrase } from './phrases.js';
import { buildPostings, type Postings } from './postings.js';
import { createNormaliser, type Normaliser } from './normalise.js';

/** How terms are weighed: per-field weights, BM25's saturation `k1` and length normalisation `b`. */
export interface IndexTuning {
  fieldWeights: Record<FieldName, number>;
  k1: number;
  b: number;
  /** The weight of phrase coverage against BM25F in a candidate's relevance (see candidates.ts). */
  phraseShare: number;
  /**
   * Relevance multipliers by document kind. Production notes are where a described symptom
   * is explained; reference documents restate the same facts without the diagnosis.
   */
  kindPriors: Record<DocumentKind, number>;
}

export const DEFAULT_TUNING: IndexTuning = {
  fieldWeights: FIELD_WEIGHTS,
  k1: 1.2,
  b: 0.6,
  phraseShare: 0.5,
  kindPriors: { 'production-note': 1.1, 'decision-framework': 1, reference: 1, glossary: 1 },
};

export interface SearchIndex {
  /** The sections questions are matched against: every document's but the glossary's. */
  sections: KnowledgeSection[];
  /** The glossary's entries, answered by name ("what is a DLO"), never by matching words. */
  entries: KnowledgeSection[];
  documentTitles: ReadonlyMap<string, string>;
  normaliser: Normaliser;
  postings: Postings;
  /** The same sections as written, for the word view (word-index.ts). */
  words: WordIndex;
  idf: ReadonlyMap<string, number>;
  maxIdf: number;
  vocabulary: FuzzyVocabulary;
  /** Per section, a multiplier on its relevance by the kind of its document (see `kindPriors`). */
  priors: number[];
  /** Per section, its heading and hint phrases. */
  phrases: Phrase[][];
  /** Terms of the fields written for how people ask (heading, keywords, questions, symptoms); others are only mentioned in passing. */
  askedTerms: ReadonlySet<string>;
  /** Terms the knowledge base names as topics: in section headings, document titles and document keywords. */
  topicTerms: ReadonlySet<string>;
  /** Glossary entries (indices into `entries`) by the names of their terms. */
  termNames: TermNames;
  tuning: IndexTuning;
}

/** BM25's length normalisation of each field of a section against the average length of that field. */
function lengthNorms(counts: FieldCounts, avg: Record<FieldName, number>, b: number): number[] {
  return FIELD_NAMES.map((name) => 1 - b + (b * fieldLength(counts[name])) / avg[name]);
}

/** Builds the search index of a knowledge base. */
export function buildIndex(kb: KnowledgeBase, tuning: IndexTuning = DEFAULT_TUNING): SearchIndex {
  const acronyms = Object.assign({}, ...kb.documents.map((d) => d.acronyms)) as Record<string, string>;
  const normaliser = createNormaliser(acronyms);
  const sections: KnowledgeSection[] = [];
  const counts: FieldCounts[] = [];
  const surfaces = new Map<string, string>();
  // A glossary restates every term in a sentence or two, so as a match it would outrank the
  // sections that explain them; it answers definitions, looked up by the term's name.
  const glossaries = kb.documents.filter((d) => d.kind === 'glossary');
  const entries = glossaries.flatMap((d) => d.sections);
  for (const doc of kb.documents.filter((d) => d.kind !== 'glossary')) {
    const documentCounts = countField('document', documentField(doc), normaliser, surfaces);
    for (const section of doc.sections) {
      sections.push(section);
      counts.push(countFields(section, documentCounts, normaliser, surfaces));
    }
  }
  const avg = averageLengths(counts);
  const postings = buildPostings(counts, counts.map((c) => lengthNorms(c, avg, tuning.b)), tuning);
  const { idf, maxIdf } = inverseFrequencies(counts);
  const kinds = new Map(kb.documents.map((d) => [d.id, d.kind]));
  const sectionKinds = sections.map((section) => kinds.get(section.doc) ?? 'reference');
  const topicTerms = new Set<string>();
  for (const c of counts) for (const term of c.heading.keys()) topicTerms.add(term);
  const askedTerms = new Set<string>();
  for (const c of counts) for (const name of BIGRAM_FIELDS) for (const term of c[name].keys()) askedTerms.add(term);
  for (const doc of kb.documents) for (const t of normaliser.tokens([doc.title, ...doc.hints.keywords].join(' . '))) topicTerms.add(t.term);
  return {
    sections,
    documentTitles: new Map(kb.documents.map((d) => [d.id, d.title])),
    normaliser,
    postings,
    words: buildWordIndex(sections),
    idf,
    maxIdf,
    vocabulary: new FuzzyVocabulary(surfaces),
    phrases: sections.map((section) => sectionPhrases(section, normaliser, idf)),
    priors: sectionKinds.map((kind) => tuning.kindPriors[kind]),
    topicTerms,
    askedTerms,
    entries,
    termNames: buildTermNames(entries, normaliser),
    tuning,
  };
}
