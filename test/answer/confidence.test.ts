import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';

const advisor = createAdvisor(await loadKnowledgeBase());
const first = (question: string) => {
  const result = advisor.ask(question);
  return { confident: result.confident, source: `${result.sources[0]?.doc}#${result.sources[0]?.section}` };
};

describe('confidence', () => {
  it('answers a question that names Data 360 even when it has a word the knowledge base lacks', () => {
    expect(first("what's the checklist before a new data stream goes to prod?")).toEqual({ confident: true, source: 'style-guide#checklist' });
    // The same question without the product's name could be about any release process.
    expect(first("what's the checklist before a new feed goes to prod?").confident).toBe(false);
  });

  it('answers a question that names Data 360 from the section about it, whatever else it says', () => {
    // "node" and "backend" are words no section about pushing records uses.
    expect(first('steps to push records from our node backend into data 360')).toEqual({ confident: true, source: 'ingestion-api#setup' });
  });

  it('does not answer a question that names Data 360 but asks about nothing the knowledge base covers', () => {
    expect(first("what's our data 360 roadmap for next year").confident).toBe(false);
  });

  it('does not let a word a section only mentions in passing make that section the answer', () => {
    expect(first('how do i change my slack status').confident).toBe(false);
  });

  it('answers a long question that matches a section on many topic words despite its context', () => {
    // "finance", "marketing" and "80 million" lower the matched share and hold words no section has.
    const question = 'finance flagged that the nightly full refresh of our 80 million row orders table tripled the credit bill, marketing only needs the changed rows';
    expect(first(question)).toEqual({ confident: true, source: 'gotchas#full-refresh-cost' });
  });

  it('does not answer a long question that shares only a word or two with the knowledge base', () => {
    expect(first('jira ticket about hubspot sync from last sprint is still open, who owns the vendor contract for it').confident).toBe(false);
  });

  it('keeps answering questions whose topic words the sections are asked by', () => {
    expect(first('s3 stream says success but 0 rows for a week')).toEqual({ confident: true, source: 'gotchas#silent-auth-loss' });
  });
});
