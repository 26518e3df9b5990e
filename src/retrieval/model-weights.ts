import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 3.0506288369739014,
    'phrase': 0.3277905421429656,
    'matchedScore': 1.6587257308697019,
    'topicWords': 1.3318893998138988,
    'productionNote': 0.7016277501389246,
    'decisionFramework': 1.0302308591342364,
    'termsTimesPhrase': 1.7294435105630164,
    'closePhrase': 1.213408068720002,
    'field.heading': 1.090921775118633,
    'field.keywords': 1.256591402765813,
    'field.questions': 0.8384513056655242,
    'field.symptoms': 0.37376794442528155,
    'field.lead': 0.5342993178415184,
    'field.body': 1.0219937013779306,
    'field.document': 4.247185858039763,
  },
  confidence: {
    'bias': -4.675082242235691,
    'relevance': 1.130878274778589,
    'topicWords': 2.5441758648845116,
    'missingAnchor': -1.7259801776304975,
    'missingKnownAnchor': 0.656810686159465,
    'namesProduct': -0.0638417274196668,
    'rankScore': 0.5578571196117825,
  },
  threshold: 0.39,
};
