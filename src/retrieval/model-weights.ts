import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.089455928687296,
    'phrase': -0.24061981055114803,
    'matchedScore': 2.167541478949946,
    'topicWords': 1.0799752906652242,
    'productionNote': 1.3444884535910009,
    'decisionFramework': 1.687247440143665,
    'termsTimesPhrase': 1.3740939981233442,
    'closePhrase': 0.6246021692376315,
    'field.heading': 0.20007448100640352,
    'field.keywords': 1.6530254302570855,
    'field.questions': 0.1345291753654505,
    'field.symptoms': -0.026003730407172503,
    'field.lead': -0.4571968084269484,
    'field.body': 1.1490720898396527,
    'field.document': 5.927957442542492,
  },
  confidence: {
    'bias': -4.099451892035859,
    'relevance': 1.1501388474191234,
    'topicWords': 2.0183660378382675,
    'missingAnchor': -1.3334652298800038,
    'missingKnownAnchor': 0.2750393879281546,
    'namesProduct': -0.024738316425106634,
    'rankScore': 0.6967287316957367,
  },
  threshold: 0.71,
};
