import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { slugWords } from '../../src/retrieval/fields.js';

const kb = await loadKnowledgeBase(join(packageRoot, 'knowledge'));
const advisor = createAdvisor(kb);
const gotchas = kb.documents.find((d) => d.id === 'gotchas')!.sections.map((s) => s.slug);

describe('slugWords', () => {
  it('spells a slug as the words it is made of', () => {
    expect(slugWords('cadence-behind-decision')).toBe('cadence behind decision');
  });
});

describe('a section is found by the slug people see in every checklist line', () => {
  it.each(gotchas)('%s, typed as words or as the reference itself', (slug) => {
    for (const question of [slugWords(slug), `what is gotchas#${slug}?`]) {
      const result = advisor.ask(question);
      expect(result.band, question).toBe('answer');
      expect(result.sources[0], question).toMatchObject({ doc: 'gotchas', section: slug });
    }
  });
});
