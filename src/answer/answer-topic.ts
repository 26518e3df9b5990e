import type { Advisor } from './advisor.js';
import type { AnswerSource, AskResult } from './types.js';

/**
 * The answer to one named section (`doc#section`), for a chat button that offered it as a
 * "closest topic": its lead paragraph, cited as the only source. Null for an unknown ref.
 */
export function answerTopic(advisor: Advisor, ref: string, docsBaseUrl?: string): AskResult | null {
  const [docId, slug] = ref.split('#');
  const doc = advisor.knowledge.documents.find((d) => d.id === docId);
  const section = doc?.sections.find((s) => s.slug === slug);
  if (!doc || !section) return null;
  const source: AnswerSource = { doc: doc.id, section: section.slug, title: doc.title, heading: section.heading, score: 0 };
  if (docsBaseUrl) source.url = `${docsBaseUrl.replace(/\/+$/, '')}/${doc.id}#${section.slug}`;
  return { question: section.heading, confident: true, answer: section.lead, sources: [source] };
}

/** The title and heading a knowledge ref (`doc` or `doc#section`) names, for links in a checklist. */
export function describeRef(advisor: Advisor, ref: string): string {
  const [docId, slug] = ref.split('#');
  const doc = advisor.knowledge.documents.find((d) => d.id === docId);
  if (!doc) return ref;
  const section = slug ? doc.sections.find((s) => s.slug === slug) : undefined;
  return section ? section.heading : doc.title.split(':')[0]!;
}
