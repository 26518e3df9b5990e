import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 3.0532877744334153,
    'phrase': 0.44951033958981657,
    'matchedScore': 1.5866935807334746,
    'topicWords': 1.1148116155843932,
    'productionNote': 0.4024214123248183,
    'decisionFramework': 0.9068837281801788,
    'termsTimesPhrase': 1.6829512726733311,
    'closePhrase': 1.3146188000678822,
    'field.heading': 1.917632732565632,
    'field.keywords': 1.6522972221545484,
    'field.questions': 1.001818802156772,
    'field.symptoms': 0.4636930206829304,
    'field.lead': 0.8648012348775252,
    'field.body': 1.3919916309094915,
    'field.document': 3.955174708167126,
  },
  confidence: {
    'bias': -5.404101585401264,
    'relevance': 0.9886265892791987,
    'topicWords': 4.110596695826288,
    'missingAnchor': -1.816589586084252,
    'missingKnownAnchor': 0.05458035894533951,
    'namesProduct': 1.480279712560205,
    'rankScore': 0.5523366687483331,
  },
  threshold: 0.32,
};
