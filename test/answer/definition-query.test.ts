import { describe, expect, it } from 'vitest';
import { parseDefinitionQuery } from '../../src/answer/definition-query.js';

describe('parseDefinitionQuery', () => {
  it.each([
    ['what is a data lake object', 'data lake object'],
    ['What exactly is a data stream?', 'data stream'],
    ["what's a dlo", 'dlo'],
    ['whats IR in data cloud', 'ir'],
    ['what does DMO stand for?', 'dmo'],
    ['what does upsert mean', 'upsert'],
    ['define key qualifier', 'key qualifier'],
    ['DLO?', 'dlo'],
    ['data kit meaning', 'data kit'],
    ['can someone explain what a data space is', 'data space'],
    ['what are calculated insights', 'calculated insights'],
    ['what is the other category for', 'other category'],
    ['explain dmo to me', 'dmo'],
  ])('reads "%s" as asking what %s is', (question, term) => {
    expect(parseDefinitionQuery(question)).toEqual({ kind: 'define', term });
  });

  it.each([
    ['dlo vs dmo', 'dlo', 'dmo'],
    ['DLO vs. DMO - what is the difference?', 'dlo', 'dmo'],
    ['difference between upsert and full refresh', 'upsert', 'full refresh'],
    ["what's the diff between a data space and a data kit?", 'data space', 'data kit'],
    ['is a data stream the same as a connector', 'data stream', 'connector'],
    ['how does live query differ from acceleration', 'live query', 'acceleration'],
    ['data graph versus real-time data graph', 'data graph', 'real-time data graph'],
  ])('reads "%s" as comparing %s and %s', (question, a, b) => {
    expect(parseDefinitionQuery(question)).toEqual({ kind: 'compare', terms: [a, b] });
  });

  it('reads any other question as a plain question to match, whatever its first words', () => {
    // Shape alone says "define" here; the glossary then finds no term of that name.
    expect(parseDefinitionQuery('what is the event time field and can I edit it')).toEqual({ kind: 'define', term: 'event time field and can i edit it' });
    expect(parseDefinitionQuery('x'.repeat(200))).toBeNull();
    expect(parseDefinitionQuery('???')).toBeNull();
  });
});

describe('bare terms', () => {
  it('reads a term alone as asking what it is, but not a question about the term', () => {
    expect(parseDefinitionQuery('data kit')).toEqual({ kind: 'define', term: 'data kit' });
    expect(parseDefinitionQuery('refresh history where')).toBeNull();
    expect(parseDefinitionQuery('upsert or full refresh which one')).toBeNull();
  });
});
