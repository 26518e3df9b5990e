import { describe, expect, it } from 'vitest';
import { followUpQuestions } from '../../src/review/follow-up.js';
import { SHIPPABLE, streamWith } from './helpers.js';

describe('followUpQuestions', () => {
  it('asks the missing required keys first, with choices for choices', () => {
    const questions = followUpQuestions({ name: 'Web orders', refreshMode: 'upsert' });
    expect(questions.map((q) => q.key)).toEqual(['connector', 'category']);
    expect(questions[0]?.choices).toContain('ingestion-api');
    expect(questions[0]?.question).toMatch(/\?$/);
  });

  it('asks for the name as free text', () => {
    expect(followUpQuestions({})[0]).toEqual({ key: 'name', question: 'What is the Data Stream called?' });
  });

  it('then asks what the needs-info rules need, once each, in rule order', () => {
    const partial = streamWith({ schedule: undefined, dataShape: undefined, connector: 'ingestion-api', schemaDefined: true, refreshMode: 'full-refresh' });
    const questions = followUpQuestions(partial);
    expect(questions.map((q) => q.key)).toEqual(['schedule', 'sourceRows', 'dataShape', 'apiPattern']);
    expect(questions.find((q) => q.key === 'apiPattern')?.choices).toEqual(['streaming', 'bulk']);
  });

  it('does not ask what a proven fail makes moot', () => {
    // schemaDefined omitted already fails api-fit, so its apiPattern question waits.
    expect(followUpQuestions(streamWith({ connector: 'ingestion-api' })).map((q) => q.key)).toEqual([]);
  });

  it('has nothing to ask of a complete description', () => {
    expect(followUpQuestions(SHIPPABLE)).toEqual([]);
  });

  it('offers no buttons for a count', () => {
    expect(followUpQuestions(streamWith({ refreshMode: 'full-refresh', sourceRows: undefined }))).toEqual([
      { key: 'sourceRows', question: 'How many rows does the source hold?' },
    ]);
  });
});
