import { describe, expect, it } from 'vitest';
import { proseBlocks, sentencesOf, splitSentences } from '../../src/knowledge/sentences.js';

describe('splitSentences', () => {
  it('cuts at full stops, question and exclamation marks followed by a new sentence', () => {
    expect(splitSentences('One fact [1]. Two facts? Three facts! Four.')).toEqual(['One fact [1].', 'Two facts?', 'Three facts!', 'Four.']);
  });

  it('keeps decimals, versions, abbreviations and lower-case continuations inside a sentence', () => {
    expect(splitSentences('Costs 2.4 M credits, e.g. at the reported rate, vs. 1.5 M on upsert [2].')).toEqual([
      'Costs 2.4 M credits, e.g. at the reported rate, vs. 1.5 M on upsert [2].',
    ]);
    expect(splitSentences('OpenAPI 3.0.x files only. ok. Next one.')).toEqual(['OpenAPI 3.0.x files only. ok.', 'Next one.']);
  });

  it('gives a marker written after the full stop to the sentence before it', () => {
    expect(splitSentences('It takes 3 minutes. [4] Then it lands.')).toEqual(['It takes 3 minutes. [4]', 'Then it lands.']);
    expect(splitSentences('It takes 3 minutes. [4][5]')).toEqual(['It takes 3 minutes. [4][5]']);
  });

  it('ends a sentence before emphasis, code and quotes', () => {
    expect(splitSentences('First. **Second.** `third` runs. "Fourth."')).toEqual(['First.', '**Second.**', '`third` runs.', '"Fourth."']);
  });
});

describe('proseBlocks', () => {
  it('joins a wrapped paragraph into one block and drops headings and fenced code', () => {
    const markdown = 'A paragraph that\nwraps onto a second line.\n\n### A heading with 3 words\n\n```yaml\nversion: 3\n```\n\nAfter the code.';
    expect(proseBlocks(markdown)).toEqual(['A paragraph that wraps onto a second line.', 'After the code.']);
  });

  it('makes each list item a block without its bullet or number, continuation lines included', () => {
    expect(proseBlocks('- first item\n  continues here\n- second item\n1. numbered 12 rows [1]\n2) other')).toEqual([
      'first item continues here',
      'second item',
      'numbered 12 rows [1]',
      'other',
    ]);
  });

  it('keeps table body rows but not the header row or the rule', () => {
    expect(proseBlocks('| mode | runs 30 |\n|---|:---:|\n| daily | 30 [1] |\n| hourly | 720 |')).toEqual(['| daily | 30 [1] |', '| hourly | 720 |']);
  });

  it('reads through block quotes', () => {
    expect(proseBlocks('> Quoted 5 rows\n> still quoted.')).toEqual(['Quoted 5 rows still quoted.']);
  });
});

describe('sentencesOf', () => {
  it('splits every block into its sentences', () => {
    expect(sentencesOf('Lead one. Lead two [1].\n\n- Item 4. Item five.')).toEqual(['Lead one.', 'Lead two [1].', 'Item 4.', 'Item five.']);
  });
});
