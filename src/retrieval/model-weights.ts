import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 1.838945387914474,
    'phrase': -0.2324416458058214,
    'matchedScore': 1.9691391548634647,
    'topicWords': 1.1737221942423728,
    'productionNote': 1.292524763143156,
    'decisionFramework': 1.5576911800249555,
    'termsTimesPhrase': 1.3881718754952017,
    'closePhrase': 0.7449767112554072,
    'field.heading': -0.11933143117761222,
    'field.keywords': 1.348687634689325,
    'field.questions': 0.8564088344650203,
    'field.symptoms': -0.006805702697604297,
    'field.lead': -0.6419752075361554,
    'field.body': 1.1804008289989456,
    'field.document': 5.755807589978085,
  },
  confidence: {
    'bias': -3.8249254979024614,
    'relevance': 2.1982529450534676,
    'topicWords': 2.507400689442142,
    'missingAnchor': -1.3824421105275586,
    'missingKnownAnchor': 0.02109909527745047,
    'namesProduct': -0.3391421776872146,
    'rankScore': 0.2259946555596416,
  },
  threshold: 0.32,
};
