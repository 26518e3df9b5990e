import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { knowledgeDir } from '../../src/paths.js';
import { RULES } from '../../src/review/rules/index.js';

describe('the style guide agrees with the engine', () => {
  it('explains every rule id', () => {
    const guide = readFileSync(join(knowledgeDir, 'style-guide.md'), 'utf8');
    for (const rule of RULES) expect(guide, rule.id).toContain(`\`${rule.id}\``);
  });

  it('has a document, and a section where one is named, for every ref of every rule', async () => {
    const kb = await loadKnowledgeBase();
    const sections = new Map(kb.documents.map((doc) => [doc.id, new Set(doc.sections.map((s) => s.slug))]));
    for (const rule of RULES) {
      for (const ref of rule.refs) {
        const [doc, section] = ref.split('#') as [string, string | undefined];
        expect(sections.has(doc), `${rule.id} → ${ref}: no document ${doc}`).toBe(true);
        if (section !== undefined) expect(sections.get(doc)?.has(section), `${rule.id} → ${ref}: no section ${section}`).toBe(true);
      }
    }
  });
});
