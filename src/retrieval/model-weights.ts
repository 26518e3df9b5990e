import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.2823182664668695,
    'phrase': -0.3557354387108674,
    'matchedScore': 2.052398644296887,
    'topicWords': 0.9392565725459697,
    'productionNote': 0.9084035638523454,
    'decisionFramework': 1.2010314311358707,
    'termsTimesPhrase': 1.0335710751712663,
    'closePhrase': 0.9410169772805179,
    'field.heading': 0.12307521895920964,
    'field.keywords': 1.7384212253463358,
    'field.questions': 0.8497842048067593,
    'field.symptoms': 0.15666513191149772,
    'field.lead': -0.17927764566140827,
    'field.body': 0.919225096194262,
    'field.document': 6.822857532362186,
  },
  confidence: {
    'bias': -5.248192958356628,
    'relevance': 1.140920964471414,
    'topicWords': 2.9321597634793988,
    'missingAnchor': -1.0890766816400332,
    'missingKnownAnchor': -0.23721796192043426,
    'namesProduct': -0.7012176582946095,
    'rankScore': 0.736073497367977,
  },
  threshold: 0.49,
};
