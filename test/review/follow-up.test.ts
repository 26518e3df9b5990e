import { describe, expect, it } from 'vitest';
import { reviewStream } from '../../src/review/engine.js';
import { followUpQuestions, questionAbout, questionsOf } from '../../src/review/follow-up.js';
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
    // schemaDefined=false already fails api-fit, so its apiPattern question waits.
    expect(followUpQuestions(streamWith({ connector: 'ingestion-api', schemaDefined: false })).map((q) => q.key)).toEqual([]);
    expect(followUpQuestions(streamWith({ connector: 'ingestion-api' })).map((q) => q.key)).toEqual(['apiPattern', 'schemaDefined']);
  });

  it("turns the README's minimal example into questions, in the rules' words, with choices that fit", () => {
    const questions = followUpQuestions({ name: 'Web orders', connector: 's3', category: 'engagement', refreshMode: 'upsert' });
    expect(questions.map((q) => q.key)).toEqual(['schedule', 'decisionFreshness', 'primaryKey', 'deletes', 'dataShape', 'eventTimeField', 'uses', 'owner', 'alerting']);
    expect(questions.find((q) => q.key === 'primaryKey')?.question).toContain('upsert is keyed on it');
    expect(questions.find((q) => q.key === 'deletes')?.choices).toEqual(['delete-file', 'soft-delete-flag', 'periodic-full-refresh', 'none']);
    expect(questions.find((q) => q.key === 'alerting')?.choices).toEqual(['true', 'false']);
  });

  it("asks about one input in the words of the rule that needs it, else the catalogue's", () => {
    const draft = { name: 'Orders', connector: 'ingestion-api', category: 'profile', refreshMode: 'upsert' } as const;
    expect(questionAbout('deletes', draft).choices).toEqual(['api-delete', 'soft-delete-flag', 'periodic-full-refresh', 'none']);
    expect(questionAbout('primaryKey', draft).question).toContain('upsert is keyed on it');
    expect(questionAbout('fields', draft)).toEqual({ key: 'fields', question: 'How many fields does the stream ingest?' });
  });

  it('never asks again for an input the draft gives', () => {
    const result = reviewStream(streamWith({ owner: undefined }));
    expect(questionsOf(result).map((q) => q.key)).toEqual(['owner']);
    expect(questionsOf(result, { owner: 'data-team' })).toEqual([]);
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
