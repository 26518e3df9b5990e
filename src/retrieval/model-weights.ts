import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.996124193503784,
    'phrase': 0.10837680224290065,
    'matchedScore': 1.6653390696308,
    'topicWords': 1.6063475229805493,
    'productionNote': 0.7780803729903915,
    'decisionFramework': 1.1771856700891543,
    'termsTimesPhrase': 1.9831337876495534,
    'closePhrase': 1.2442379084689987,
    'field.heading': 1.1052861628157642,
    'field.keywords': 1.0822420001164919,
    'field.questions': 1.37957279652967,
    'field.symptoms': 0.2833807744886975,
    'field.lead': -0.09895495168891164,
    'field.body': 1.6422157255075776,
    'field.document': 3.1238104196845433,
  },
  confidence: {
    'bias': -5.245056764416632,
    'relevance': 0.310282517335168,
    'topicWords': 2.4528020983910634,
    'missingAnchor': -1.2358979277342674,
    'missingKnownAnchor': 0.39780939072845684,
    'namesProduct': -0.16546657884998364,
    'rankScore': 0.6890873137286871,
  },
  threshold: 0.57,
};
