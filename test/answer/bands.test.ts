import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { questionInBand } from '../adapters/support/band-questions.js';

const advisor = createAdvisor(await loadKnowledgeBase());
const seen = (question: string) => {
  const result = advisor.ask(question);
  return { band: result.band, first: result.sources[0] ? `${result.sources[0].doc}#${result.sources[0].section}` : null, count: result.sources.length };
};

describe('answer bands on the real knowledge base', () => {
  it('answers a symptom from the gotcha that explains it', () => {
    expect(seen('s3 stream says success but 0 rows for a week')).toMatchObject({ band: 'answer', first: 'gotchas#silent-auth-loss' });
    expect(seen('deleted contacts still show up in our segments')).toMatchObject({ band: 'answer', first: 'gotchas#upsert-keeps-deletes' });
  });

  it('never answers questions about something else, even ones that name Data 360 or share its words', () => {
    for (const question of ["what's our data 360 roadmap for next year", 'how do i change my slack status', 'jira ticket about hubspot sync from last sprint is still open, who owns the vendor contract for it']) {
      expect(seen(question).band, question).not.toBe('answer');
    }
  });

  it('puts the right section first for a long question full of context, even when it asks which was meant', () => {
    const question = 'finance flagged that the nightly full refresh of our 80 million row orders table tripled the credit bill, marketing only needs the changed rows';
    expect(seen(question)).toMatchObject({ first: 'gotchas#full-refresh-cost' });
    expect(seen(question).band).not.toBe('unknown');
  });

  it('offers two or three choices in a "did you mean", highest score first', () => {
    const result = advisor.ask(questionInBand(advisor, 'clarify'));
    expect(result.band).toBe('clarify');
    expect(result.sources.length).toBeGreaterThanOrEqual(2);
    expect(result.sources.length).toBeLessThanOrEqual(3);
    expect(result.answer).toBe(`Did you mean ${result.sources.slice(0, -1).map((s) => `"${s.heading}"`).join(', ')} or "${result.sources.at(-1)!.heading}"?`);
    const scores = result.sources.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('answers with the sentence that holds the fact asked for, not always the lead', () => {
    const result = advisor.ask('what suffix do DLO API names have?');
    expect(result.band).toBe('answer');
    expect(result.answer).toMatch(/dll for DLO API names and dlm for DMOs/);
  });
});
