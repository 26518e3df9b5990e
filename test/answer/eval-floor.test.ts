import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { advisorRetriever, evaluate, loadQuestions, percent } from '../eval/evaluate.js';

/**
 * Today's figures on each evaluation set, held against regressions (`npm run eval` shows them
 * and the misses). The bands' thresholds were chosen on the first three sets (npm run bands),
 * so their figures flatter the advisor; the blind and fresh sets' do not. The sealed set is not
 * held here: it is measured once a design is settled, never used to choose one.
 */
const SETS = [
  { file: 'questions.jsonl', floors: { top1: 58, top3: 94, wrong: 3, declined: 95 } },
  { file: 'questions-holdout.jsonl', floors: { top1: 47, top3: 92, wrong: 2, declined: 90 } },
  { file: 'questions-dev.jsonl', floors: { top1: 34, top3: 90, wrong: 3, declined: 93 } },
  { file: 'questions-blind.jsonl', floors: { top1: 28, top3: 88, wrong: 5, declined: 90 } },
  { file: 'questions-fresh.jsonl', floors: { top1: 42, top3: 87, wrong: 4, declined: 93 } },
];

const advisor = advisorRetriever(createAdvisor(await loadKnowledgeBase()));

describe.each(SETS)('the evaluation set $file', ({ file, floors }) => {
  const report = evaluate(advisor, loadQuestions(join(packageRoot, 'test/fixtures', file)));

  it(`answers at least ${floors.top1}% of on-topic questions with an acceptable section first`, () => {
    expect(percent(report.top1, report.onTopic)).toBeGreaterThanOrEqual(floors.top1);
  });

  it(`shows an acceptable section among an answer's or a "did you mean"'s first three for at least ${floors.top3}%`, () => {
    expect(percent(report.top3, report.onTopic)).toBeGreaterThanOrEqual(floors.top3);
  });

  it(`answers at most ${floors.wrong}% of on-topic questions with a wrong first source`, () => {
    expect(percent(report.wrongAnswer, report.onTopic)).toBeLessThanOrEqual(floors.wrong);
  });

  it(`does not answer at least ${floors.declined}% of off-topic questions`, () => {
    expect(percent(report.rejected, report.offTopic)).toBeGreaterThanOrEqual(floors.declined);
  });
});

describe('the evaluation sets', () => {
  it('hold enough questions, off-topic ones among them', () => {
    for (const { file } of SETS) {
      const questions = loadQuestions(join(packageRoot, 'test/fixtures', file));
      expect(questions.length, file).toBeGreaterThanOrEqual(80);
      expect(questions.filter((q) => q.expect.length === 0).length, file).toBeGreaterThanOrEqual(20);
    }
  });
});
