import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';

/**
 * Every `doc#section` a section's text mentions, for a doc id the knowledge base holds, that names
 * no section of that document. The loader checks `[n]` markers and glossary `deeper` pointers, not
 * the cross-references writers put in prose, so a renamed or mistyped slug would go unnoticed.
 */
function brokenReferences(kb: KnowledgeBase): string[] {
  const slugs = new Map(kb.documents.map((d) => [d.id, new Set(d.sections.map((s) => s.slug))]));
  return kb.documents.flatMap((doc) =>
    doc.sections.flatMap((section) =>
      [...section.text.matchAll(/(?<![\w/.-])([a-z][a-z-]*)#([a-z0-9-]+)/g)]
        .filter(([, id, slug]) => slugs.has(id!) && !slugs.get(id!)!.has(slug!))
        .map(([ref]) => `${doc.id}#${section.slug} mentions ${ref}`),
    ),
  );
}

const section = (doc: string, slug: string, text: string) => ({ doc, slug, heading: slug, lead: text, text, hints: { keywords: [], questions: [], symptoms: [] } });
const documentOf = (id: string, sections: ReturnType<typeof section>[]) => ({
  id, title: id, kind: 'reference' as const, summary: id, acronyms: {}, terms: [], hints: { keywords: [], questions: [], symptoms: [] }, sections, sources: [], file: `${id}.md`,
});

describe('cross-references between documents', () => {
  it('name real sections in the real knowledge base', async () => {
    expect(brokenReferences(await loadKnowledgeBase()), 'fix the slug, or point at a section that exists').toEqual([]);
  });

  it('reports a mention of a missing section, and ignores ids that are not documents and URL fragments', () => {
    const kb: KnowledgeBase = {
      documents: [
        documentOf('monitoring', [section('monitoring', 'alerting', 'Alert on runs.')]),
        documentOf('gotchas', [
          section('gotchas', 'silent-auth-loss', 'See monitoring#alerting and monitoring#alerts; the c#sharp note and https://x.test/monitoring#nothing are not references.'),
        ]),
      ],
    };
    expect(brokenReferences(kb)).toEqual(['gotchas#silent-auth-loss mentions monitoring#alerts']);
  });
});
