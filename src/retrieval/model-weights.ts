import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 3.05182749608699,
    'phrase': 0.4157717188166138,
    'matchedScore': 1.5585261623619158,
    'topicWords': 1.2197733595220803,
    'productionNote': 0.393525386903521,
    'decisionFramework': 0.8598308341813167,
    'termsTimesPhrase': 1.6192371112819912,
    'closePhrase': 1.2991625220094285,
    'field.heading': 1.9167552419575724,
    'field.keywords': 1.6509868949525217,
    'field.questions': 1.0668372843549048,
    'field.symptoms': 0.47251034463065644,
    'field.lead': 0.8380120825743399,
    'field.body': 1.4495824999012636,
    'field.document': 3.9053046525705257,
  },
  confidence: {
    'bias': -5.834371663277583,
    'relevance': 0.6350297799056305,
    'topicWords': 3.9541786616936165,
    'missingAnchor': -1.4628418739456106,
    'missingKnownAnchor': -0.06448470803733797,
    'namesProduct': 0.5055121842183098,
    'rankScore': 0.6429726664880422,
  },
  threshold: 0.27,
};
