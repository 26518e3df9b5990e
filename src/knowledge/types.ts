export const DOCUMENT_KINDS = ['production-note', 'decision-framework', 'reference', 'glossary'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Retrieval hints: the words, questions and symptoms people bring to a document or section. */
export interface RetrievalHints {
  keywords: string[];
  questions: string[];
  symptoms: string[];
}

export interface KnowledgeSection {
  /** The document id, e.g. `refresh-modes`. */
  doc: string;
  /** Unique within its document, e.g. `upsert-keeps-deletes`. */
  slug: string;
  heading: string;
  /** The opening paragraph, as plain text: what the advisor quotes as its answer. */
  lead: string;
  /** The whole section as plain text, lead included. */
  text: string;
  hints: RetrievalHints;
  /** A glossary entry's definition facts; absent on other sections. */
  term?: GlossaryTerm;
}

/**
 * What makes a section a definition: the names people use for the term ("DLO", "data lake
 * object"), the section that goes deeper, and the terms most confused with it.
 */
export interface GlossaryTerm {
  names: string[];
  /** `doc#section` of the section that explains the term in depth. */
  deeper?: string;
  /** Slugs of the glossary entries most often confused with this one. */
  confusedWith: string[];
}

export interface KnowledgeDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  summary: string;
  acronyms: Record<string, string>;
  /** The Data 360 terms the document relies on, each of which the glossary defines. */
  terms: string[];
  hints: RetrievalHints;
  /** The answerable sections, in document order; the Sources section is not among them. */
  sections: KnowledgeSection[];
  /** The URLs listed under Sources, numbered from 1. */
  sources: string[];
  file: string;
}

export interface KnowledgeBase {
  documents: KnowledgeDocument[];
}
