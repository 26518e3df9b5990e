import { describe, expect, it } from 'vitest';
import { stripChatNoise } from '../../src/retrieval/chat-noise.js';

describe('stripChatNoise', () => {
  it.each([
    ['hey team, what does upsert do with deleted rows?', 'what does upsert do with deleted rows?'],
    ['Good morning all! quick q: is a DLO the same as a DMO', 'is a DLO the same as a DMO'],
    ['what is a data kit? thanks in advance!', 'what is a data kit?'],
    ['what is a data kit? thx 🙏', 'what is a data kit?'],
    ['why do deletes stay (asking for a colleague)', 'why do deletes stay'],
    ['hi hi, sorry if this is a dumb question, what is IR? cheers', 'what is IR?'],
    ['Hello there - how often can S3 streams run, much appreciated', 'how often can S3 streams run'],
  ])('cuts the noise around "%s"', (text, question) => {
    expect(stripChatNoise(text)).toBe(question);
  });

  it.each([
    'what does the Profile category lock in (and can it change)?',
    'Ingestion API limits [bulk] per hour',
    'hierarchy of data spaces',
  ])('leaves "%s" as it is', (text) => {
    expect(stripChatNoise(text)).toBe(text);
  });

  it('keeps a message that is only noise, so it is not taken for a question about nothing', () => {
    expect(stripChatNoise('thanks!')).toBe('thanks!');
    expect(stripChatNoise('  hi team  ')).toBe('hi team');
  });
});
