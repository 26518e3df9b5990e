import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 1.8190717803439995,
    'phrase': -0.2741571475422149,
    'matchedScore': 2.021498575447139,
    'topicWords': 1.0540797019008985,
    'productionNote': 1.3042467359433376,
    'decisionFramework': 1.5650082202627786,
    'termsTimesPhrase': 1.363738227991517,
    'closePhrase': 0.7653346826503916,
    'field.heading': -0.1490598260028073,
    'field.keywords': 1.3921986622266906,
    'field.questions': 0.9267718627918472,
    'field.symptoms': -0.08863949503017006,
    'field.lead': -0.6109887250490554,
    'field.body': 1.2985935230937964,
    'field.document': 5.7754894978478415,
  },
  confidence: {
    'bias': -3.708315755441959,
    'relevance': 2.0880902676468973,
    'topicWords': 2.4901286775857687,
    'missingAnchor': -1.3503096956022849,
    'missingKnownAnchor': 0.0025457528853903653,
    'namesProduct': -0.3133368831670192,
    'rankScore': 0.5122373009355596,
  },
  threshold: 0.64,
};
