/** The knowledge base's contract document ids: answers cite them, so they never change. */
export const REQUIRED_DOCUMENT_IDS = [
  'gotchas',
  'style-guide',
  'data-streams',
  'connectors',
  'ingestion-api',
  'refresh-modes',
  'lifecycle',
  'glossary',
] as const;

export const GOTCHA_SLUGS = [
  'upsert-keeps-deletes',
  'full-refresh-cost',
  'non-unique-key',
  'cadence-behind-decision',
  'event-as-profile',
  'dlo-bloat',
  'silent-auth-loss',
] as const;

/** Files in the knowledge folder that are about the documents, not documents themselves. */
export const NOT_DOCUMENTS: readonly string[] = ['README.md', 'CHANGELOG.md'];

export function isDocumentFile(name: string): boolean {
  return name.endsWith('.md') && !NOT_DOCUMENTS.includes(name);
}

/** The section that lists a document's sources; it is validated but never answered from. */
export const SOURCES_SLUG = 'sources';

/** The longest lead paragraph, since it is quoted whole as a chat answer. */
export const MAX_LEAD_LENGTH = 450;
