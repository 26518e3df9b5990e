import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';

const advisor = createAdvisor(await loadKnowledgeBase(join(packageRoot, 'test/fixtures/knowledge-terms'), { required: [] }));
const refs = (question: string) => advisor.ask(question).sources.map((s) => `${s.doc}#${s.section}`);

describe('definitions from the glossary', () => {
  it.each(['what is a GK?', 'what does GK stand for', 'gadget key meaning', 'hi all, what exactly is a gadget key? thanks', 'whats a gadget kye'])(
    'answers "%s" with the definition, citing the entry and the section that goes deeper',
    (question) => {
      const result = advisor.ask(question);
      expect(result.band).toBe('answer');
      expect(result.answer).toBe('A gadget key (GK) is the field that identifies one gadget, unique across all gadgets.');
      expect(refs(question)).toEqual(['glossary#gk', 'gadgets#gadget-keys']);
    },
  );

  it('answers "X vs Y" with both definitions and the difference', () => {
    const result = advisor.ask('gadget key vs gadget id?');
    expect(result.band).toBe('answer');
    expect(result.answer.split('\n\n')).toEqual([
      'A gadget key (GK) is the field that identifies one gadget, unique across all gadgets.',
      "A gadget id is the platform's own identifier of a stored gadget.",
      'A gadget key is not a gadget id: the id is assigned by the platform, the key comes from your source.',
    ]);
    expect(refs('difference between a gadget id and a GK')).toEqual(['glossary#gadget-id', 'glossary#gk']);
  });

  it('answers the definition a message opens with, whatever follows it', () => {
    expect(refs('whats a GK? saw it in an error message')[0]).toBe('glossary#gk');
    expect(refs('what does GK mean, is that the same as a gadget id')[0]).toBe('glossary#gk');
  });

  it('reads a question that only starts like a definition as a plain question', () => {
    expect(refs('what is the gadget key and how often do gadgets sync')[0]).not.toBe('glossary#gk');
    expect(advisor.ask('what is a gizmo').sources.map((s) => s.doc)).not.toContain('glossary');
  });
});

describe('the passage that answers', () => {
  // Thresholds set for the real knowledge base mean little on two sections: every ranked one is answer enough here.
  const sure = createAdvisor(advisor.knowledge, { bands: { agreed: 0, alone: 0, missing: 1 } });

  it('quotes the sentence further down that holds the fact asked for', () => {
    const result = sure.ask('what suffix do gadget key api names have');
    expect(result.band).toBe('answer');
    expect(result.answer).toBe('Gadget key API names end in the suffix __gk, which tells them apart from gadget ids at a glance.');
    expect(refs('what suffix do gadget key api names have')[0]).toBe('gadgets#gadget-keys');
  });

  it('quotes the lead paragraph when nothing further down answers more of the question', () => {
    expect(sure.ask('is the gadget key unique?').answer).toBe('Every gadget has a gadget key, and the key must be unique or gadgets overwrite each other.');
  });
});
