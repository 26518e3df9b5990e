import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';

const kb = await loadKnowledgeBase();
const advisor = createAdvisor(kb);
const entries = kb.documents.filter((d) => d.kind === 'glossary').flatMap((d) => d.sections);

/** Four ways people ask what a term is. */
const PHRASINGS = [(t: string) => `what is ${t}?`, (t: string) => `what does ${t} mean`, (t: string) => `${t}?`, (t: string) => `hey, can someone explain what ${t} is`];

describe('every glossary term is answered by its definition', () => {
  it.each(entries.map((e) => [e.slug, e] as const))('%s, asked four ways by each of its names', (_slug, entry) => {
    const wrong: string[] = [];
    for (const name of entry.term!.names) {
      for (const phrase of PHRASINGS) {
        const question = phrase(name);
        const result = advisor.ask(question);
        const first = result.sources[0];
        if (result.band !== 'answer' || first?.doc !== entry.doc || first.section !== entry.slug || result.answer !== entry.lead) {
          wrong.push(`${question} → ${result.band} ${first ? `${first.doc}#${first.section}` : '-'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers "X vs Y" with both definitions and what tells them apart', () => {
    const result = advisor.ask('dlo vs dmo');
    expect(result.band).toBe('answer');
    expect(result.sources.map((s) => `${s.doc}#${s.section}`)).toEqual(['glossary#dlo', 'glossary#dmo']);
    const [dlo, dmo] = ['dlo', 'dmo'].map((slug) => entries.find((e) => e.slug === slug)!);
    expect(result.answer.startsWith(`${dlo!.lead}\n\n${dmo!.lead}\n\n`)).toBe(true);
  });
});
