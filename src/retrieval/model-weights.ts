import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.014287449667677,
    'phrase': -0.014188234726034386,
    'matchedScore': 1.9701557707335364,
    'topicWords': 1.0935206485665352,
    'productionNote': 1.096469411370503,
    'decisionFramework': 1.5004985135832385,
    'termsTimesPhrase': 1.315098982566912,
    'closePhrase': 0.7608448087157103,
    'field.heading': -0.15871352992841548,
    'field.keywords': 1.717047899730627,
    'field.questions': 1.203063641401912,
    'field.symptoms': -0.011857966884533886,
    'field.lead': -0.8429229931051968,
    'field.body': 1.2127594877986392,
    'field.document': 5.62789921269899,
  },
  confidence: {
    'bias': -4.263852466171078,
    'relevance': -0.3541949978325839,
    'topicWords': 3.056876624376336,
    'missingAnchor': -1.2313593259979851,
    'missingKnownAnchor': 0.1229532803864369,
    'namesProduct': 0.2883821671684534,
    'rankScore': 0.6026411494943785,
  },
  threshold: 0.54,
};
