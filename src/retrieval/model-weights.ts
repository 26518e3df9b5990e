import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 3.0529374401532543,
    'phrase': 0.4494046027033814,
    'matchedScore': 1.5862604520299086,
    'topicWords': 1.1148900769282195,
    'productionNote': 0.40242842466835504,
    'decisionFramework': 0.907143044807946,
    'termsTimesPhrase': 1.6829286311719998,
    'closePhrase': 1.3149514826484139,
    'field.heading': 1.917401671859123,
    'field.keywords': 1.652351844475922,
    'field.questions': 1.0019611231219425,
    'field.symptoms': 0.46368775207991453,
    'field.lead': 0.8646791513693358,
    'field.body': 1.392403919373774,
    'field.document': 3.9555432122399994,
  },
  confidence: {
    'bias': -5.404272819776217,
    'relevance': 0.9887554083055106,
    'topicWords': 4.110333123847752,
    'missingAnchor': -1.8163794118724943,
    'missingKnownAnchor': 0.05487115895802385,
    'namesProduct': 1.4802763749338108,
    'rankScore': 0.5523567065278406,
  },
  threshold: 0.32,
};
