import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { buildIndex } from '../../src/retrieval/build-index.js';
import { FITTED_MODEL } from '../../src/retrieval/model-weights.js';
import type { EvalQuestion } from './evaluate.js';
import { FIT, fitFromTuningSet, fitModel, label, scoreModel } from './model-fit.js';

describe('the fitted ranking model', () => {
  it('is what `npm run fit` makes of the tuning set today', async () => {
    // A knowledge or normalisation change that moves the evidence must come with a refit.
    const fitted = await fitFromTuningSet();
    expect(fitted.threshold).toBe(FITTED_MODEL.threshold);
    for (const [name, w] of Object.entries(FITTED_MODEL.ranking)) expect(fitted.ranking[name as keyof typeof fitted.ranking]).toBeCloseTo(w, 9);
    for (const [name, w] of Object.entries(FITTED_MODEL.confidence)) expect(fitted.confidence[name as keyof typeof fitted.confidence]).toBeCloseTo(w, 9);
  });
});

const index = buildIndex(await loadKnowledgeBase(join(packageRoot, 'test/fixtures/knowledge-mini'), { required: [] }));

describe('fitting', () => {
  const q = (text: string, expect: string[]): EvalQuestion => ({ q: text, expect, kind: expect.length ? 'paraphrase' : 'off-topic' });
  // Labelled against the evidence on purpose: each names the less relevant of the two sections,
  // so only a ranker that learned from the labels puts them first.
  const contrary = [
    q('widget key colours', ['widgets#widget-keys']),
    q('are widget keys unique', ['widgets#widget-colours']),
    q('widgets overwrite each other', ['widgets#widget-colours']),
    q('widget colours never change', ['widgets#widget-keys']),
    q('widget pizza party', []),
  ];

  it('learns from the labels which section to rank first', () => {
    const data = label(index, contrary);
    const unfitted = { ...FITTED_MODEL, ranking: Object.fromEntries(Object.keys(FITTED_MODEL.ranking).map((n) => [n, 0])) as typeof FITTED_MODEL.ranking, threshold: 0 };
    expect(scoreModel(data, unfitted).top1).toBe(0);
    expect(scoreModel(data, { ...fitModel(index, contrary), threshold: 0 }).top1).toBe(1);
  });

  it('picks a threshold that declines the share of off-topic questions the issue asks for', () => {
    const model = fitModel(index, contrary);
    expect(scoreModel(label(index, contrary), model).rejection).toBeGreaterThanOrEqual(FIT.minRejection);
  });
});
