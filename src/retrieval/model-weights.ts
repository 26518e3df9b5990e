import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.9147628113598576,
    'phrase': -0.16117325244637598,
    'matchedScore': 1.7113217135286398,
    'topicWords': 1.2081355954816562,
    'productionNote': 0.9626623768816369,
    'decisionFramework': 1.3722120156219035,
    'termsTimesPhrase': 1.9821719884804307,
    'closePhrase': 1.2068038958574026,
    'field.heading': 0.8616676886246317,
    'field.keywords': 0.6871105324240669,
    'field.questions': 1.1850727047970846,
    'field.symptoms': 0.13631236817276063,
    'field.lead': 0.1008778892440101,
    'field.body': 1.3677386086947045,
    'field.document': 3.6128735900574176,
  },
  confidence: {
    'bias': -4.873749426075846,
    'relevance': -0.1759021112018469,
    'topicWords': 2.6495717254421787,
    'missingAnchor': -0.8164424629915946,
    'missingKnownAnchor': 0.12176426033258647,
    'namesProduct': 0.196745589775239,
    'rankScore': 0.8460918309560579,
  },
  threshold: 0.5,
};
