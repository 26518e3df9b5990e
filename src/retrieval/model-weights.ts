import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.9505769507511874,
    'phrase': -0.0061556463412452385,
    'matchedScore': 1.708956166859879,
    'topicWords': 0.8170928601269923,
    'productionNote': 0.8203699283549111,
    'decisionFramework': 1.2045450920862901,
    'termsTimesPhrase': 2.0252998791176005,
    'closePhrase': 1.360476619282466,
    'field.heading': 1.1384204051637785,
    'field.keywords': 1.0418168487156025,
    'field.questions': 1.5128009624870935,
    'field.symptoms': 0.24206264475202022,
    'field.lead': -0.17590219063047585,
    'field.body': 1.7795822494433222,
    'field.document': 3.191919184763339,
  },
  confidence: {
    'bias': -4.803322380282861,
    'relevance': 0.4483819077859763,
    'topicWords': 2.511502705875897,
    'missingAnchor': -1.2741896294680402,
    'missingKnownAnchor': 0.4562149230482545,
    'namesProduct': -0.12593365184609634,
    'rankScore': 0.6451454523959325,
  },
  threshold: 0.58,
};
