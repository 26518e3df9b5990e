import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { buildIndex } from '../../src/retrieval/build-index.js';
import type { RankingModel } from '../../src/retrieval/ranking-model.js';
import { loadQuestions } from './evaluate.js';
import { fitModel } from './model-fit.js';

/**
 * `npm run fit`: fits the ranking model on the tuning set alone and writes it to
 * src/retrieval/model-weights.ts. The held-out and blind sets stay out of it, so that they
 * keep telling how the advisor does on questions it was not fitted to.
 */
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

export async function fitFromTuningSet(): Promise<RankingModel> {
  return fitModel(buildIndex(await loadKnowledgeBase()), loadQuestions(TUNING_SET));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(WEIGHTS_FILE, weightsSource(await fitFromTuningSet()));
  console.log(`wrote ${WEIGHTS_FILE}`);
}
