import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 1.8332331343532218,
    'phrase': -0.2430575326895005,
    'matchedScore': 2.012705880520626,
    'topicWords': 1.0736742675604989,
    'productionNote': 1.2700791999550305,
    'decisionFramework': 1.604467146489801,
    'termsTimesPhrase': 1.3567935872115453,
    'closePhrase': 0.7709296814453513,
    'field.heading': -0.14641880906038648,
    'field.keywords': 1.4324717379807372,
    'field.questions': 0.918055533083725,
    'field.symptoms': -0.10543091468132022,
    'field.lead': -0.6251750024909806,
    'field.body': 1.2370333067348922,
    'field.document': 5.8230929942166325,
  },
  confidence: {
    'bias': -3.8417093378362526,
    'relevance': 1.7820474594089948,
    'topicWords': 2.5074521611277323,
    'missingAnchor': -1.3375874249112438,
    'missingKnownAnchor': 0.012441636502781262,
    'namesProduct': -0.247423910831571,
    'rankScore': 0.5831645535149719,
  },
  threshold: 0.67,
};
