import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.036399584507858,
    'phrase': -0.12221549279447277,
    'matchedScore': 2.1597532227245435,
    'topicWords': 1.0819926358205652,
    'productionNote': 1.3451685101857906,
    'decisionFramework': 1.6771627522568775,
    'termsTimesPhrase': 1.3999272995311494,
    'closePhrase': 0.59775425526837,
    'field.heading': 0.13298473968825003,
    'field.keywords': 1.5866255316331406,
    'field.questions': 0.24134665869163235,
    'field.symptoms': -0.037780651038173664,
    'field.lead': -0.4661136675261459,
    'field.body': 1.184595775190717,
    'field.document': 5.885152331022637,
  },
  confidence: {
    'bias': -3.8798668679576758,
    'relevance': 1.0596607841214463,
    'topicWords': 1.857443322375319,
    'missingAnchor': -1.4477406349547712,
    'missingKnownAnchor': 0.26529938513624524,
    'namesProduct': -0.06987396865540385,
    'rankScore': 0.41651852291420033,
  },
  threshold: 0.38,
};
