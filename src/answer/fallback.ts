import type { KnowledgeBase } from '../knowledge/types.js';

/** What the advisor says when it does not know: plainly, and what it can answer instead. */
export function fallbackAnswer(kb: KnowledgeBase, closest: string[]): string {
  const topics = kb.documents.map((d) => d.title).join('; ');
  const lines = [
    "I don't know that one: nothing in the ingestion knowledge base matches it well enough to answer with confidence.",
    `I can answer questions about Data 360 ingestion: ${topics}.`,
  ];
  if (closest.length > 0) lines.push(`The closest topics I have: ${closest.join('; ')}.`);
  lines.push('To check a proposed Data Stream against the style guide, run /ingest-review (or `ingest-advisor review`).');
  return lines.join('\n');
}
