import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { buildIndex } from '../../src/retrieval/build-index.js';
import { candidates } from '../../src/retrieval/candidates.js';
import { logistic } from '../../src/retrieval/linear-model.js';
import { CONFIDENCE_FEATURES, RANKING_FEATURES, confidenceFeatures, rankingFeatures } from '../../src/retrieval/ranking-features.js';
import { rankCandidates, type RankingModel } from '../../src/retrieval/ranking-model.js';

const index = buildIndex(await loadKnowledgeBase(join(packageRoot, 'test/fixtures/knowledge-mini'), { required: [] }));

/** A model that weighs one ranking feature and trusts every answer alike. */
function weighing(feature: (typeof RANKING_FEATURES)[number], sign = 1): RankingModel {
  const ranking = Object.fromEntries(RANKING_FEATURES.map((n) => [n, n === feature ? sign : 0])) as RankingModel['ranking'];
  const confidence = Object.fromEntries(CONFIDENCE_FEATURES.map((n) => [n, n === 'rankScore' ? 1 : 0])) as RankingModel['confidence'];
  return { ranking, confidence, threshold: 0.5 };
}

describe('the ranking model', () => {
  const found = candidates(index, 'widget key colours');

  it('has one value per named feature', () => {
    expect(rankingFeatures(found[0]!)).toHaveLength(RANKING_FEATURES.length);
    expect(confidenceFeatures(found[0]!, 1)).toHaveLength(CONFIDENCE_FEATURES.length);
  });

  it('orders candidates by their weighted features, best first', () => {
    expect(found.length).toBe(2);
    const byHeading = rankCandidates(weighing('field.heading'), found).map((c) => c.score);
    expect(byHeading[0]).toBeGreaterThanOrEqual(byHeading[1]!);
    const up = rankCandidates(weighing('terms'), found).map((c) => c.section.slug);
    const down = rankCandidates(weighing('terms', -1), found).map((c) => c.section.slug);
    expect(down).toEqual([...up].reverse());
  });

  it('gives a confidence that is the logistic of the confidence weights', () => {
    const [first] = rankCandidates(weighing('terms'), found);
    expect(first!.confidence).toBeCloseTo(logistic(first!.score), 12);
    expect(first!.confidence).toBeGreaterThan(0.5);
  });

  it('keeps the order of candidates that score the same', () => {
    const flat = weighing('terms', 0);
    expect(rankCandidates(flat, found).map((c) => c.section.slug)).toEqual(found.map((c) => c.section.slug));
  });
});
