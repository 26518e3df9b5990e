import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 1.9037243038512717,
    'phrase': 0.22589867173780864,
    'matchedScore': 1.9168657869206,
    'topicWords': 1.15640252044718,
    'productionNote': 1.2071200587502042,
    'decisionFramework': 1.493178650328143,
    'termsTimesPhrase': 1.3756982629181773,
    'closePhrase': 0.5408638916179266,
    'field.heading': -0.3258978445726767,
    'field.keywords': 1.332853466238208,
    'field.questions': 1.0121980353786784,
    'field.symptoms': -0.08790202202244808,
    'field.lead': -0.5500313929426108,
    'field.body': 1.2080045977559042,
    'field.document': 5.473528982507925,
  },
  confidence: {
    'bias': -4.244941885294163,
    'relevance': 0.7653813977653964,
    'topicWords': 2.2571195003070934,
    'missingAnchor': -1.2238526955675273,
    'missingKnownAnchor': 0.39293289128039766,
    'namesProduct': -0.13618335973454643,
    'rankScore': 0.4491560001948327,
  },
  threshold: 0.33,
};
