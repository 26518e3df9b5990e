import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.285556444049769,
    'phrase': -0.3125135350397419,
    'matchedScore': 1.9710500836730513,
    'topicWords': 1.1541630206756666,
    'productionNote': 0.9159738246927727,
    'decisionFramework': 1.210018890480424,
    'termsTimesPhrase': 1.0744402344527046,
    'closePhrase': 0.8903930842863278,
    'field.heading': 0.15363416369541852,
    'field.keywords': 1.764393602797628,
    'field.questions': 0.747804577397262,
    'field.symptoms': 0.1893380428973316,
    'field.lead': -0.3757495329457124,
    'field.body': 0.9917529359351833,
    'field.document': 6.76701275752895,
  },
  confidence: {
    'bias': -5.5698126564763095,
    'relevance': 0.9600733256939405,
    'topicWords': 2.874647777793143,
    'missingAnchor': -0.9125490354935212,
    'missingKnownAnchor': -0.2962346834211586,
    'namesProduct': -0.6056146477645195,
    'rankScore': 0.7790246060510193,
  },
  threshold: 0.48,
};
