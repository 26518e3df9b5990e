import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 1.8376962732566375,
    'phrase': -0.25268280554799016,
    'matchedScore': 1.99048794447945,
    'topicWords': 1.146050686296795,
    'productionNote': 1.2921308876547086,
    'decisionFramework': 1.5640786996552423,
    'termsTimesPhrase': 1.3868609425166438,
    'closePhrase': 0.7888092106340915,
    'field.heading': -0.14513181204684053,
    'field.keywords': 1.3567510228735626,
    'field.questions': 0.8557066456568048,
    'field.symptoms': -0.010001045939228697,
    'field.lead': -0.6449522582042335,
    'field.body': 1.1599874167318933,
    'field.document': 5.787229547646198,
  },
  confidence: {
    'bias': -3.455880681738704,
    'relevance': 2.1670057297976575,
    'topicWords': 2.416533372808671,
    'missingAnchor': -1.546073058145987,
    'missingKnownAnchor': 0.10761603824612365,
    'namesProduct': -0.35395508891869326,
    'rankScore': 0.47834156003082867,
  },
  threshold: 0.68,
};
