import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.1458342967897033,
    'phrase': -0.23925555216207453,
    'matchedScore': 2.1610579279379047,
    'topicWords': 1.017812471134248,
    'productionNote': 1.330490996301154,
    'decisionFramework': 1.682975458804824,
    'termsTimesPhrase': 1.3681486673026755,
    'closePhrase': 0.5876717084478233,
    'field.heading': 0.26853672302869935,
    'field.keywords': 1.7258858793063496,
    'field.questions': -0.01214604198963875,
    'field.symptoms': -0.1346806623294866,
    'field.lead': -0.4895775114541249,
    'field.body': 1.194198452096117,
    'field.document': 5.956560394503542,
  },
  confidence: {
    'bias': -3.69862611295548,
    'relevance': 1.107926390724345,
    'topicWords': 1.910595209737964,
    'missingAnchor': -1.4468580980425991,
    'missingKnownAnchor': 0.26769829068421586,
    'namesProduct': -0.05921088276408985,
    'rankScore': 0.6438122081607134,
  },
  threshold: 0.7,
};
