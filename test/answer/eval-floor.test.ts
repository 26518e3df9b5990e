import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/answer/advisor.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { evaluate, loadQuestions, percent } from '../eval/evaluate.js';

/**
 * The floors this suite holds today, per evaluation set. Issue #2 asks for 90% top-1, 97%
 * top-3 and 90% off-topic rejection; until retrieval reaches them these guard against
 * regressions and are raised as it improves (`npm run eval` lists every miss). The tuning set
 * is the one retrieval was tuned on; the held-out set was written by someone else and checked
 * after tuning; the blind set was written later still, labelled by section only (stricter).
 */
const SETS = [
  { file: 'questions.jsonl', floors: { top1: 87, top3: 97, rejection: 90 } },
  { file: 'questions-holdout.jsonl', floors: { top1: 84, top3: 97, rejection: 85 } },
  { file: 'questions-blind.jsonl', floors: { top1: 66, top3: 93, rejection: 90 } },
];

const advisor = createAdvisor(await loadKnowledgeBase());

describe.each(SETS)('the evaluation set $file', ({ file, floors }) => {
  const questions = loadQuestions(join(packageRoot, 'test/fixtures', file));
  const report = evaluate(advisor, questions);

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
