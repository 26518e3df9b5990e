import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.0144987975324287,
    'phrase': -0.013994082046958917,
    'matchedScore': 1.9705032419294766,
    'topicWords': 1.0936472162153208,
    'productionNote': 1.0965435142161017,
    'decisionFramework': 1.5004992664842092,
    'termsTimesPhrase': 1.3152324384680198,
    'closePhrase': 0.7605765003127982,
    'field.heading': -0.1587743313233675,
    'field.keywords': 1.7170534421040307,
    'field.questions': 1.2031750033330246,
    'field.symptoms': -0.011597284407246713,
    'field.lead': -0.8420181279923605,
    'field.body': 1.209948762908054,
    'field.document': 5.627799710866418,
  },
  confidence: {
    'bias': -4.264191657077036,
    'relevance': -0.35403530995628846,
    'topicWords': 3.0566649839269804,
    'missingAnchor': -1.231406624045473,
    'missingKnownAnchor': 0.12301464721186631,
    'namesProduct': 0.2883591289334646,
    'rankScore': 0.602625070243557,
  },
  threshold: 0.54,
};
