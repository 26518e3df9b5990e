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
    expect(result.band).toBe('answer');
    expect(result.sources[0]!.score).toBeGreaterThan(0.3);
  });

  it('shows sources highest score first, the one answering first', () => {
    for (const question of ['widget key unique', 'widget colours', 'do widgets overwrite each other']) {
      const scores = advisor.ask(question).sources.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('answers a section named by its reference, as checklists print them', () => {
    const result = advisor.ask('widgets#widget-colours');
    expect(result).toMatchObject({ band: 'answer', answer: 'Widgets come in colours; the colour never changes after the widget is saved.' });
    expect(result.sources.map((s) => s.section)).toEqual(['widget-colours']);
  });

  it('says plainly, in one sentence, that it does not know an unrelated question', () => {
    const result = advisor.ask('best pizza near the office');
    expect(result).toMatchObject({ band: 'unknown', confident: false, sources: [] });
    expect(result.answer).toBe("I don't know that one: nothing in the ingestion knowledge base answers it well enough.");
  });

  it('asks which section was meant when two match but neither is answer enough', () => {
    const strict = createAdvisor(kb, { bands: { agreed: 2, alone: 2 } });
    const result = strict.ask('widget colours and keys');
    expect(result).toMatchObject({ band: 'clarify', confident: false });
    expect(result.sources.map((s) => s.section).sort()).toEqual(['widget-colours', 'widget-keys']);
    expect(result.answer).toBe(`Did you mean "${result.sources[0]!.heading}" or "${result.sources[1]!.heading}"?`);
  });

  it('matches only the first 1,000 characters of a very long question', () => {
    const result = advisor.ask(`${'- '.repeat(600)} widget key unique`);
    expect(result.question.length).toBeGreaterThan(1000);
    expect(result.confident).toBe(false);
    expect(advisor.ask(`${'- '.repeat(400)} widget key unique`).confident).toBe(true);
  });
});
