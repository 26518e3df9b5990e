import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 1.9018753475827705,
    'phrase': -0.37051451250794865,
    'matchedScore': 1.9999989185807383,
    'topicWords': 1.1099710438833088,
    'productionNote': 1.3029730838887368,
    'decisionFramework': 1.6393243992939335,
    'termsTimesPhrase': 1.389845476935512,
    'closePhrase': 0.8241946459075371,
    'field.heading': 0.032082956251182036,
    'field.keywords': 1.5112382413921577,
    'field.questions': 0.5718800319668436,
    'field.symptoms': -0.02772030155613481,
    'field.lead': -0.583446064890341,
    'field.body': 1.1831986822956764,
    'field.document': 5.809096819715339,
  },
  confidence: {
    'bias': -3.2750688864354958,
    'relevance': 1.702100832078577,
    'topicWords': 2.0003303243231456,
    'missingAnchor': -1.5907877573281404,
    'missingKnownAnchor': 0.12815178165340207,
    'namesProduct': -0.08661169307466397,
    'rankScore': 0.2746214817512169,
  },
  threshold: 0.37,
};
