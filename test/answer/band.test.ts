import { describe, expect, it } from 'vitest';
import { decideBand } from '../../src/answer/band.js';
import { DEFAULT_BANDS } from '../../src/answer/confidence.js';
import type { Hit, Search } from '../../src/retrieval/search.js';

type Evidence = Pick<Hit, 'relevance' | 'coverage' | 'missingAnchor' | 'missingKnownAnchor'>;

function hit(slug: string, evidence: Partial<Evidence>, score = 1): Hit {
  const section = { doc: 'refresh-modes', slug, heading: slug, lead: '', text: '', hints: { keywords: [], questions: [], symptoms: [] } };
  return { section, at: 0, score, relevance: 0.5, coverage: 0.5, missingAnchor: 0, missingKnownAnchor: 0, ...evidence };
}

function search(hits: Hit[], agree: boolean): Search {
  return { query: { terms: [], unknownMass: 0, anchors: [], words: '' }, hits, agree };
}

const slugs = (shown: Hit[]) => shown.map((h) => h.section.slug);

describe('the bands, judged by coverage', () => {
  it('answers when both views agree and the first section covers enough of the question', () => {
    const banded = decideBand(search([hit('a', { coverage: 0.25 }), hit('b', { coverage: 0.2 }, 0.8)], true), DEFAULT_BANDS);
    expect(banded.band).toBe('answer');
    expect(slugs(banded.shown)).toEqual(['a', 'b']);
  });

  it('does not answer on relevance alone: a phrase match without coverage is asked about instead', () => {
    const banded = decideBand(search([hit('a', { relevance: 0.95, coverage: 0.3 }), hit('b', { coverage: 0.2 }, 0.8)], false), DEFAULT_BANDS);
    expect(banded.band).toBe('clarify');
    expect(slugs(banded.shown)).toEqual(['a', 'b']);
  });

  it('answers without agreement only when the first section covers nearly all of the question', () => {
    expect(decideBand(search([hit('a', { coverage: 0.85 }), hit('b', {}, 0.8)], false), DEFAULT_BANDS).band).toBe('answer');
  });

  it('never answers when the first section lacks a rare topic word of the question', () => {
    const banded = decideBand(search([hit('a', { coverage: 0.9, missingAnchor: 0.6, missingKnownAnchor: 0.6 }), hit('b', {}, 0.8)], true), DEFAULT_BANDS);
    expect(banded.band).toBe('clarify');
  });

  it('asks "did you mean" only with two sections to offer, else says it does not know', () => {
    const lone = decideBand(search([hit('a', { coverage: 0.3 }), hit('b', { coverage: 0.05 }, 0.8)], false), DEFAULT_BANDS);
    expect(lone.band).toBe('unknown');
    expect(slugs(lone.shown)).toEqual(['a']);
  });

  it('offers no section covering less than the nearest-topic floor', () => {
    const banded = decideBand(search([hit('a', { coverage: 0.1 }), hit('b', { coverage: 0.11 }, 0.8)], false), DEFAULT_BANDS);
    expect(banded).toEqual({ band: 'unknown', shown: [] });
  });
});
