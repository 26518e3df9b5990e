import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { buildIndex } from '../../src/retrieval/build-index.js';
import { search } from '../../src/retrieval/search.js';

const index = buildIndex(await loadKnowledgeBase(join(packageRoot, 'test/fixtures/knowledge-mini'), { required: [] }));

describe('search', () => {
  it('ranks the section a question is about first, with relevance between 0 and 1', () => {
    const hits = search(index, 'are widget keys unique?');
    expect(hits[0]?.section.slug).toBe('widget-keys');
    for (const h of hits) expect(h.relevance).toBeGreaterThan(0);
    for (const h of hits) expect(h.relevance).toBeLessThanOrEqual(1);
  });

  it('matches symptom language from the hints', () => {
    expect(search(index, 'my widgets keep overwriting each other')[0]?.section.slug).toBe('widget-keys');
  });

  it('matches an acronym defined in the front matter', () => {
    expect(search(index, 'WK')[0]?.section.slug).toBe('widget-keys');
  });

  it('finds nothing for words the knowledge base never uses', () => {
    expect(search(index, 'weather tomorrow in paris')).toEqual([]);
    expect(search(index, '')).toEqual([]);
    expect(search(index, '?!')).toEqual([]);
  });

  it('counts unknown words against relevance', () => {
    const plain = search(index, 'widget colours')[0]!.relevance;
    const diluted = search(index, 'widget colours zanzibar quokka')[0]!.relevance;
    expect(diluted).toBeLessThan(plain);
  });
});
