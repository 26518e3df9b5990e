import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.1028635379577123,
    'phrase': -0.23524026305048684,
    'matchedScore': 2.147286236512761,
    'topicWords': 1.0624972673008632,
    'productionNote': 1.3473049704674782,
    'decisionFramework': 1.6839171206371688,
    'termsTimesPhrase': 1.3763540704485677,
    'closePhrase': 0.5902116059959246,
    'field.heading': 0.2463938906749805,
    'field.keywords': 1.6629820057424678,
    'field.questions': 0.05309943917944741,
    'field.symptoms': -0.049118139866150046,
    'field.lead': -0.462403825209163,
    'field.body': 1.1933948609121647,
    'field.document': 5.945333921926486,
  },
  confidence: {
    'bias': -4.082407575710008,
    'relevance': 1.0184302795702884,
    'topicWords': 1.9778743729116348,
    'missingAnchor': -1.352980276889879,
    'missingKnownAnchor': 0.26056013821209484,
    'namesProduct': -0.03196877268992668,
    'rankScore': 0.42687110989627214,
  },
  threshold: 0.37,
};
