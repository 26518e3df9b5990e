import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { buildIndex } from '../../src/retrieval/build-index.js';
import { resolveQuery } from '../../src/retrieval/query-terms.js';

const index = buildIndex(await loadKnowledgeBase(join(packageRoot, 'knowledge')));
const terms = (question: string) => resolveQuery(index, question).terms.map((t) => t.term);

describe('resolveQuery', () => {
  it('reads a word cut short as the word that makes a known phrase with the one before', () => {
    // "los" could be "loss" or "lost"; only "credential loss" is a phrase of the knowledge base.
    expect(terms('silent auth los')).toContain('loss');
    expect(terms('silent auth los')).not.toContain('lost');
  });

  it('leaves a word cut short unread when nothing around it decides between its readings', () => {
    const resolved = resolveQuery(index, 'los');
    expect(resolved.terms).toEqual([]);
    expect(resolved.anchors).toEqual([null]);
  });

  it('reads two letters trading places as one slip, at the weight of any single slip', () => {
    const weights = new Map(resolveQuery(index, 'cadense behind desicion').terms.map((t) => [t.term, t.weight]));
    expect(weights.get('decis')).toBe(weights.get('schedul'));
  });
});
