import type { KnowledgeDocument, KnowledgeSection } from '../knowledge/types.js';

/**
 * What a section is matched on, and how much a hit in each counts. The words people would
 * use to ask (heading, keywords, example questions, symptoms) weigh more than body prose,
 * which mentions many topics in passing.
 */
export const FIELD_WEIGHTS = {
  heading: 3.0,
  keywords: 2.5,
  questions: 2.0,
  symptoms: 2.0,
  lead: 1.5,
  body: 0.8,
  document: 0.8,
} as const;

export type FieldName = keyof typeof FIELD_WEIGHTS;
export const FIELD_NAMES = Object.keys(FIELD_WEIGHTS) as FieldName[];

export type SectionFieldName = Exclude<FieldName, 'document'>;

/** The text of each field of a section itself. */
export function sectionFields(section: KnowledgeSection): Record<SectionFieldName, string> {
  return {
    heading: section.heading,
    keywords: sectionKeywords(section).join(' . '),
    questions: section.hints.questions.join(' . '),
    symptoms: section.hints.symptoms.join(' . '),
    lead: section.lead,
    body: section.text,
  };
}

/**
 * A section's slug is a name people see (`gotchas#silent-auth-loss` in every checklist line)
 * and type back, so its words are a keyword of the section.
 */
export function slugWords(slug: string): string {
  return slug.replace(/-/g, ' ');
}

/** A section's keywords: its slug's words, then the ones its front matter lists. */
export function sectionKeywords(section: KnowledgeSection): string[] {
  return [slugWords(section.slug), ...section.hints.keywords];
}

/** The `document` field every section of a document shares: what its front matter says of the whole. */
export function documentField(doc: KnowledgeDocument): string {
  return [doc.title, doc.summary, ...doc.hints.keywords, ...doc.hints.questions, ...doc.hints.symptoms].join(' . ');
}
