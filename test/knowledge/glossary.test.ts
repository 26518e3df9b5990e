import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';

/** Case, hyphens, underscores and spacing never make two names different ("zero-copy" = "Zero copy"). */
const normal = (name: string): string => name.toLowerCase().replace(/[-_\s]+/g, ' ').trim();

/**
 * What the glossary must define: every key of every document's `acronyms` and every entry of
 * its `terms` list. Returns `doc: name` for each one no glossary entry names in its `terms`.
 */
function undefinedNames(kb: KnowledgeBase): string[] {
  const named = new Set(kb.documents.filter((d) => d.kind === 'glossary').flatMap((d) => d.sections.flatMap((s) => s.term?.names ?? [])).map(normal));
  return kb.documents.flatMap((doc) => [...Object.keys(doc.acronyms), ...doc.terms].filter((name) => !named.has(normal(name))).map((name) => `${doc.id}: ${name}`));
}

const folder = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-glossary-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
const sources = '## Sources {#sources}\n\n1. https://help.salesforce.com/x\n';
const glossary = `---
id: glossary
title: Terms
kind: glossary
summary: Terms.
keywords: [term]
sections:
  dlo: {terms: [DLO, data lake object]}
---

## DLO (data lake object) {#dlo}

A data lake object (DLO) is where a stream lands its rows [1].

${sources}`;
const documentUsing = (frontMatter: string) => `---
id: doc
title: A document
kind: reference
summary: Something.
keywords: [thing]
${frontMatter}
---

## First

The lead paragraph [1].

${sources}`;

describe('the glossary', () => {
  it('defines every acronym and every listed term of every document in the real knowledge base', async () => {
    const kb = await loadKnowledgeBase();
    expect(kb.documents.some((d) => d.kind === 'glossary')).toBe(true);
    expect(undefinedNames(kb), 'add a glossary entry, or a name to an entry’s `terms`, for each of these').toEqual([]);
  });

  it('opens every entry by naming its term, since the lead is quoted whole as the answer to "what is X"', async () => {
    const kb = await loadKnowledgeBase();
    const entries = kb.documents.filter((d) => d.kind === 'glossary').flatMap((d) => d.sections);
    for (const s of entries) {
      const opening = normal(s.lead.slice(0, 90));
      expect(s.term!.names.some((n) => opening.includes(normal(n))), `${s.doc}#${s.slug}: "${s.lead.slice(0, 60)}…"`).toBe(true);
      expect(s.text.length, `${s.slug} needs a second paragraph: what it is not`).toBeGreaterThan(s.lead.length + 40);
    }
  });

  it('reports a new acronym or listed term until an entry names it, ignoring case and hyphens', async () => {
    const doc = documentUsing('acronyms:\n  DLO: data lake object\n  DMO: data model object\nterms: [Data-Lake Object, data stream]');
    const kb = await loadKnowledgeBase(folder({ 'glossary.md': glossary, 'doc.md': doc }), { required: [] });
    expect(undefinedNames(kb)).toEqual(['doc: DMO', 'doc: data stream']);
  });

  it('reports everything when there is no glossary', async () => {
    const kb = await loadKnowledgeBase(folder({ 'doc.md': documentUsing('acronyms:\n  DLO: data lake object') }), { required: [] });
    expect(undefinedNames(kb)).toEqual(['doc: DLO']);
  });
});
