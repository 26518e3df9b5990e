import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { buildIndex } from '../../src/retrieval/build-index.js';
import { candidates, type Candidate } from '../../src/retrieval/candidates.js';
import type { SearchIndex } from '../../src/retrieval/build-index.js';
import type { Weights } from '../../src/retrieval/linear-model.js';
import { CONFIDENCE_FEATURES, RANKING_FEATURES, confidenceFeatures, rankingFeatures } from '../../src/retrieval/ranking-features.js';
import { rankCandidates, rankScore, type RankingModel } from '../../src/retrieval/ranking-model.js';
import { accepts, loadQuestions, type EvalQuestion } from './evaluate.js';
import { descend } from './gradient-descent.js';

/**
 * Fits the ranking model (src/retrieval/ranking-model.ts) on labelled questions: a pairwise
 * logistic ranker (an acceptable section should outscore each unacceptable one near the top),
 * then a logistic model of whether the section ranked first is a right answer to an in-scope
 * question, then the confidence threshold: the one that answers the most questions right while
 * declining at least 90% of the off-topic ones (issue #2's floor). Plain gradient descent from
 * zero: the same questions always give the same model.
 */
export const FIT = {
  /** Acceptable sections per question that are paired against the unacceptable ones. */
  positives: 2,
  /** Unacceptable sections paired, from the most relevant down. */
  negatives: 10,
  rankingL2: 1e-3,
  confidenceL2: 1e-3,
  rankingSteps: 4000,
  confidenceSteps: 6000,
  learningRate: 0.5,
  minRejection: 0.9,
};

interface Labelled {
  question: EvalQuestion;
  found: Array<Candidate & { ok: boolean }>;
}

const named = <N extends string>(names: readonly N[], values: readonly number[]): Weights<N> => Object.fromEntries(names.map((n, i) => [n, values[i]!])) as Weights<N>;

function fitRanking(data: readonly Labelled[]): Weights<(typeof RANKING_FEATURES)[number]> {
  const diffs: number[][] = [];
  for (const { question, found } of data) {
    if (question.expect.length === 0) continue;
    const good = found.filter((c) => c.ok).slice(0, FIT.positives).map(rankingFeatures);
    const bad = found.slice(0, FIT.negatives).filter((c) => !c.ok).map(rankingFeatures);
    for (const g of good) for (const b of bad) diffs.push(g.map((v, i) => v - b[i]!));
  }
  return named(RANKING_FEATURES, descend(diffs, diffs.map(() => 1), { l2: FIT.rankingL2, steps: FIT.rankingSteps, learningRate: FIT.learningRate, penalise: () => true }));
}

function fitConfidence(data: readonly Labelled[], ranking: RankingModel['ranking']): Weights<(typeof CONFIDENCE_FEATURES)[number]> {
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const { question, found } of data) {
    const first = firstRanked(found, ranking);
    if (!first) continue;
    rows.push(confidenceFeatures(first, rankScore(ranking, first)));
    labels.push(question.expect.length > 0 && first.ok ? 1 : 0);
  }
  // The bias is not pulled towards zero: it carries the base rate.
  return named(CONFIDENCE_FEATURES, descend(rows, labels, { l2: FIT.confidenceL2, steps: FIT.confidenceSteps, learningRate: FIT.learningRate, penalise: (i) => i > 0 }));
}

function firstRanked(found: Labelled['found'], ranking: RankingModel['ranking']): (Candidate & { ok: boolean }) | undefined {
  let best: (Candidate & { ok: boolean }) | undefined;
  let bestScore = -Infinity;
  for (const c of found) {
    const s = rankScore(ranking, c);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

export interface FitScore {
  top1: number;
  rejection: number;
}

/** What the first-ranked section of each question is worth: whether it is right, and how sure the model is. */
interface FirstAnswer {
  offTopic: boolean;
  ok: boolean;
  confidence: number;
}

function firstAnswers(data: readonly Labelled[], model: Omit<RankingModel, 'threshold'>): FirstAnswer[] {
  return data.map(({ question, found }) => {
    const first = rankCandidates({ ...model, threshold: 0 }, found)[0];
    // A question with no candidate is never answered.
    return { offTopic: question.expect.length === 0, ok: first?.ok ?? false, confidence: first?.confidence ?? -1 };
  });
}

function tally(answers: readonly FirstAnswer[], threshold: number): FitScore {
  let onTopic = 0, right = 0, offTopic = 0, declined = 0;
  for (const { offTopic: off, ok, confidence } of answers) {
    const answered = confidence >= threshold;
    if (off) {
      offTopic++;
      if (!answered) declined++;
    } else {
      onTopic++;
      if (answered && ok) right++;
    }
  }
  return { top1: onTopic ? right / onTopic : 1, rejection: offTopic ? declined / offTopic : 1 };
}

/** Top-1 (answered, and right) and off-topic rejection of a model on labelled questions. */
export function scoreModel(data: readonly Labelled[], model: RankingModel): FitScore {
  return tally(firstAnswers(data, model), model.threshold);
}

/** Of the thresholds that decline enough off-topic questions and answer the most right, the middle one. */
function fitThreshold(data: readonly Labelled[], model: Omit<RankingModel, 'threshold'>): number {
  // The ranking and the confidences do not depend on the threshold: worked out once, then swept.
  const answers = firstAnswers(data, model);
  let best: number[] = [];
  let bestTop1 = -1;
  for (let t = 20; t <= 80; t++) {
    const { top1, rejection } = tally(answers, t / 100);
    if (rejection < FIT.minRejection) continue;
    if (top1 > bestTop1) [best, bestTop1] = [[t], top1];
    else if (top1 === bestTop1) best.push(t);
  }
  return (best[Math.floor((best.length - 1) / 2)] ?? 50) / 100;
}

export function label(index: SearchIndex, questions: readonly EvalQuestion[]): Labelled[] {
  return questions.map((question) => ({
    question,
    found: candidates(index, question.q).map((c) => ({ ...c, ok: question.expect.length > 0 && accepts(question.expect, c.section.doc, c.section.slug) })),
  }));
}

export function fitModel(index: SearchIndex, questions: readonly EvalQuestion[]): RankingModel {
  const data = label(index, questions);
  const ranking = fitRanking(data);
  const confidence = fitConfidence(data, ranking);
  return { ranking, confidence, threshold: fitThreshold(data, { ranking, confidence }) };
}

export const TUNING_SET = join(packageRoot, 'test/fixtures/questions.jsonl');
export const WEIGHTS_FILE = join(packageRoot, 'src/retrieval/model-weights.ts');

export function weightsSource(model: RankingModel): string {
  const record = (weights: Readonly<Record<string, number>>) => `{\n${Object.entries(weights).map(([name, w]) => `    '${name}': ${w},`).join('\n')}\n  }`;
  return `import type { RankingModel } from './ranking-model.js';

// Written by \`npm run fit\` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: ${record(model.ranking)},
  confidence: ${record(model.confidence)},
  threshold: ${model.threshold},
};
`;
}

/** The model as `npm run fit` makes it: fitted on the tuning set alone. */
export async function fitFromTuningSet(): Promise<RankingModel> {
  return fitModel(buildIndex(await loadKnowledgeBase()), loadQuestions(TUNING_SET));
}
