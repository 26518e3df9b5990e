import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';

const kb = await loadKnowledgeBase(join(packageRoot, 'test/fixtures/knowledge-mini'), { required: [] });
const advisor = createAdvisor(kb);

describe('createAdvisor', () => {
  it('answers with the lead paragraph of the best section and cites it', () => {
    const result = advisor.ask('  is the widget key unique?  ');
    expect(result.question).toBe('is the widget key unique?');
    expect(result.confident).toBe(true);
    expect(result.answer).toBe('Every widget has a widget key, and the key must be unique or widgets overwrite each other.');
    expect(result.sources[0]).toMatchObject({ doc: 'widgets', section: 'widget-keys', title: 'Widgets and their keys', heading: 'Widget keys' });
    expect(result.sources[0]!.score).toBeLessThan(0.7);
  });

  it('says it does not know, and what it can answer, below the threshold', () => {
    const result = advisor.ask('best pizza near the office');
    expect(result.confident).toBe(false);
    expect(result.answer).toContain("I don't know");
    expect(result.answer).toContain('Widgets and their keys');
    expect(result.answer).toContain('/ingest-review');
    expect(result.sources).toEqual([]);
  });

  it('offers close but unconvincing sections as the closest topics', () => {
    const strict = createAdvisor(kb, { confidenceThreshold: 0.999 });
    const result = strict.ask('widget colours');
    expect(result.confident).toBe(false);
    expect(result.answer).toContain('The closest topics I have: Widgets and their keys › Widget colours');
    expect(result.sources[0]?.section).toBe('widget-colours');
  });

  it('matches only the first 1,000 characters of a very long question', () => {
    const result = advisor.ask(`${'- '.repeat(600)} widget key unique`);
    expect(result.question.length).toBeGreaterThan(1000);
    expect(result.confident).toBe(false);
    expect(advisor.ask(`${'- '.repeat(400)} widget key unique`).confident).toBe(true);
  });
});
