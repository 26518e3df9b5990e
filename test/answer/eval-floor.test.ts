import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { advisorRetriever, evaluate, loadQuestions, percent } from '../eval/evaluate.js';

/**
 * The floors this suite holds, per evaluation set. On the tuning set, the one the ranking
 * model is fitted on, they are issue #2's: 90% top-1, 97% top-3, 90% off-topic rejection. The
 * held-out set, written by someone else, and the blind set, written later still and labelled
 * by section only (stricter), hold today's figures against regressions, to be raised as
 * retrieval improves (`npm run eval` lists every miss).
 */
const SETS = [
  { file: 'questions.jsonl', floors: { top1: 90, top3: 97, rejection: 90 } },
  { file: 'questions-holdout.jsonl', floors: { top1: 87, top3: 97, rejection: 90 } },
  { file: 'questions-blind.jsonl', floors: { top1: 75, top3: 95, rejection: 80 } },
];

const advisor = createAdvisor(await loadKnowledgeBase());

describe.each(SETS)('the evaluation set $file', ({ file, floors }) => {
  const questions = loadQuestions(join(packageRoot, 'test/fixtures', file));
  const report = evaluate(advisorRetriever(advisor), questions);

  it(`answers at least ${floors.top1}% of on-topic questions with an acceptable section first`, () => {
    expect(percent(report.top1, report.onTopic)).toBeGreaterThanOrEqual(floors.top1);
  });

  it(`shows an acceptable section among the first three for at least ${floors.top3}%`, () => {
    expect(percent(report.top3, report.onTopic)).toBeGreaterThanOrEqual(floors.top3);
  });

  it(`declines at least ${floors.rejection}% of off-topic questions`, () => {
    expect(percent(report.rejected, report.offTopic)).toBeGreaterThanOrEqual(floors.rejection);
  });
});

describe('the tuning set', () => {
  it('is the size the issue asks for', () => {
    const questions = loadQuestions(join(packageRoot, 'test/fixtures/questions.jsonl'));
    expect(questions.length).toBeGreaterThanOrEqual(100);
    expect(questions.filter((q) => q.expect.length === 0).length).toBeGreaterThanOrEqual(15);
  });
});
