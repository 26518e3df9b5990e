import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.950433941189227,
    'phrase': -0.0038303875813478173,
    'matchedScore': 1.705441140643551,
    'topicWords': 0.8222820799293443,
    'productionNote': 0.8213607806122087,
    'decisionFramework': 1.213110856769845,
    'termsTimesPhrase': 2.0220441794027204,
    'closePhrase': 1.3614255261319288,
    'field.heading': 1.1333396218376293,
    'field.keywords': 1.0432398442983672,
    'field.questions': 1.5157501599925527,
    'field.symptoms': 0.24795552259485748,
    'field.lead': -0.16974696323499835,
    'field.body': 1.7725655261826974,
    'field.document': 3.193718811790843,
  },
  confidence: {
    'bias': -4.466705850912055,
    'relevance': -0.020912728277165574,
    'topicWords': 2.41303445650982,
    'missingAnchor': -1.3794246347959211,
    'missingKnownAnchor': 0.8138100068323777,
    'namesProduct': -0.13566390476859588,
    'rankScore': 0.6438438940071743,
  },
  threshold: 0.62,
};
