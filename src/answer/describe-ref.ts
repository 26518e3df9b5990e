import type { Advisor } from './advisor.js';

/** The title and heading a knowledge ref (`doc` or `doc#section`) names, for links in a checklist. */
export function describeRef(advisor: Advisor, ref: string): string {
  const [docId, slug] = ref.split('#');
  const doc = advisor.knowledge.documents.find((d) => d.id === docId);
  if (!doc) return ref;
  const section = slug ? doc.sections.find((s) => s.slug === slug) : undefined;
  return section ? section.heading : doc.title.split(':')[0]!;
}
