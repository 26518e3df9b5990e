import type { DocumentKind, KnowledgeBase, KnowledgeSection } from '../knowledge/types.js';
import { averageLengths, BIGRAM_FIELDS, countField, countFields, fieldLength, type FieldCounts } from './field-counts.js';
import { FIELD_NAMES, FIELD_WEIGHTS, documentField, type FieldName } from './fields.js';
import { inverseFrequencies } from './frequencies.js';
import { FuzzyVocabulary } from './fuzzy-vocabulary.js';
import { sectionPhrases } from './phrases.js';
import { createNormaliser, type Normaliser } from './normalise.js';

/** How terms are weighed: per-field weights, BM25's saturation `k1` and length normalisation `b`. */
export interface IndexTuning {
  fieldWeights: Record<FieldName, number>;
  k1: number;
  b: number;
  /** The weight of phrase coverage against BM25F relevance when re-ranking (see search.ts). */
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
  kindPriors: { 'production-note': 1.1, 'decision-framework': 1, reference: 1 },
};

/** A term's strength in one section: BM25F's saturated, field-weighted term frequency, in [0, 1). */
export interface Posting {
  section: number;
  strength: number;
}

export interface SearchIndex {
  sections: KnowledgeSection[];
  documentTitles: ReadonlyMap<string, string>;
  normaliser: Normaliser;
  postings: ReadonlyMap<string, Posting[]>;
  idf: ReadonlyMap<string, number>;
  maxIdf: number;
  vocabulary: FuzzyVocabulary;
  /** Per section, a multiplier on its relevance by the kind of its document (see KIND_PRIORS). */
  priors: number[];
  /** Per section, the term sets of its heading and hint phrases. */
  phrases: ReadonlySet<string>[][];
  /** Terms of the fields written for how people ask (heading, keywords, questions, symptoms); others are only mentioned in passing. */
  askedTerms: ReadonlySet<string>;
  /** Terms the knowledge base names as topics: in section headings, document titles and document keywords. */
  topicTerms: ReadonlySet<string>;
  tuning: IndexTuning;
}

function addPostings(postings: Map<string, Posting[]>, counts: FieldCounts, section: number, avg: Record<FieldName, number>, tuning: IndexTuning): void {
  const weighted = new Map<string, number>();
  for (const name of FIELD_NAMES) {
    const norm = 1 - tuning.b + (tuning.b * fieldLength(counts[name])) / avg[name];
    for (const [term, tf] of counts[name]) {
      weighted.set(term, (weighted.get(term) ?? 0) + (tuning.fieldWeights[name] * tf) / norm);
    }
  }
  for (const [term, tf] of weighted) {
    let list = postings.get(term);
    if (!list) postings.set(term, (list = []));
    list.push({ section, strength: tf / (tuning.k1 + tf) });
  }
}

/** Builds the search index of a knowledge base. */
export function buildIndex(kb: KnowledgeBase, tuning: IndexTuning = DEFAULT_TUNING): SearchIndex {
  const acronyms = Object.assign({}, ...kb.documents.map((d) => d.acronyms)) as Record<string, string>;
  const normaliser = createNormaliser(acronyms);
  const sections: KnowledgeSection[] = [];
  const counts: FieldCounts[] = [];
  const surfaces = new Map<string, string>();
  for (const doc of kb.documents) {
    const documentCounts = countField('document', documentField(doc), normaliser, surfaces);
    for (const section of doc.sections) {
      sections.push(section);
      counts.push(countFields(section, documentCounts, normaliser, surfaces));
    }
  }
  const avg = averageLengths(counts);
  const postings = new Map<string, Posting[]>();
  counts.forEach((c, i) => addPostings(postings, c, i, avg, tuning));
  const { idf, maxIdf } = inverseFrequencies(counts);
  const kinds = new Map(kb.documents.map((d) => [d.id, d.kind]));
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
    idf,
    maxIdf,
    vocabulary: new FuzzyVocabulary(surfaces),
    phrases: sections.map((section) => sectionPhrases(section, normaliser)),
    priors: sections.map((section) => tuning.kindPriors[kinds.get(section.doc) ?? 'reference']),
    topicTerms,
    askedTerms,
    tuning,
  };
}
