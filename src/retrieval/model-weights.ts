import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.9473325548698863,
    'phrase': 0.12972443265472947,
    'matchedScore': 1.694749585716452,
    'topicWords': 1.3171548506161117,
    'productionNote': 0.9129666435254962,
    'decisionFramework': 1.3423257005275027,
    'termsTimesPhrase': 1.9736906788927082,
    'closePhrase': 1.1178099273612225,
    'field.heading': 0.8423607691404496,
    'field.keywords': 0.6792443276738158,
    'field.questions': 1.238378793928277,
    'field.symptoms': 0.028302892979112718,
    'field.lead': 0.05174558389205274,
    'field.body': 1.5057119649698616,
    'field.document': 3.529312383899731,
  },
  confidence: {
    'bias': -4.834150983840634,
    'relevance': -0.6221177859876214,
    'topicWords': 2.458055899623281,
    'missingAnchor': -0.9255060022842727,
    'missingKnownAnchor': 0.28336796910609197,
    'namesProduct': 0.08900872448946898,
    'rankScore': 0.9011011587107889,
  },
  threshold: 0.5,
};
