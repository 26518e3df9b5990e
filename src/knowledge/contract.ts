/** The knowledge base's document and section ids: answers cite them, so they never change. */
export const REQUIRED_DOCUMENT_IDS = [
  'gotchas',
  'style-guide',
  'data-streams',
  'connectors',
  'ingestion-api',
  'refresh-modes',
  'lifecycle',
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

/** The section that lists a document's sources; it is validated but never answered from. */
export const SOURCES_SLUG = 'sources';

/** The longest lead paragraph, since it is quoted whole as a chat answer. */
export const MAX_LEAD_LENGTH = 450;
