import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 1.8460259682194398,
    'phrase': -0.252663144309669,
    'matchedScore': 2.0010057616862524,
    'topicWords': 1.0732342626444276,
    'productionNote': 1.2841995649244475,
    'decisionFramework': 1.5633985574324547,
    'termsTimesPhrase': 1.380216606768376,
    'closePhrase': 0.7551190372744809,
    'field.heading': -0.15827728219824547,
    'field.keywords': 1.398241173683544,
    'field.questions': 0.9290270229678645,
    'field.symptoms': -0.08874093171680028,
    'field.lead': -0.5720965882018343,
    'field.body': 1.1996634381691464,
    'field.document': 5.7932328207286155,
  },
  confidence: {
    'bias': -4.0511973847550395,
    'relevance': 1.9111339689771234,
    'topicWords': 2.2822979064527114,
    'missingAnchor': -1.1933277573668282,
    'missingKnownAnchor': 0.11236511637768729,
    'namesProduct': -0.23055036352158623,
    'rankScore': 0.6067346607921302,
  },
  threshold: 0.65,
};
