import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 1.8131101311270095,
    'phrase': -0.28191997330861984,
    'matchedScore': 2.0094636304244546,
    'topicWords': 1.054745263654574,
    'productionNote': 1.3023599066356697,
    'decisionFramework': 1.5623831858053803,
    'termsTimesPhrase': 1.3673538419410511,
    'closePhrase': 0.7722715214802673,
    'field.heading': -0.14929343841465653,
    'field.keywords': 1.3984768942443995,
    'field.questions': 0.9350911745897902,
    'field.symptoms': -0.08148596610368236,
    'field.lead': -0.6131338682906967,
    'field.body': 1.2730331774621004,
    'field.document': 5.776253037353142,
  },
  confidence: {
    'bias': -3.6929957887137648,
    'relevance': 2.0946965492779093,
    'topicWords': 2.4922505050830988,
    'missingAnchor': -1.351222134673419,
    'missingKnownAnchor': 0.002613000289470352,
    'namesProduct': -0.3137831448090099,
    'rankScore': 0.5073736115863124,
  },
  threshold: 0.64,
};
