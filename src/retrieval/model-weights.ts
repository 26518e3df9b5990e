import type { RankingModel } from './ranking-model.js';

// Written by `npm run fit` (test/eval/fit-model.ts) from test/fixtures/questions.jsonl: do not edit by hand.
export const FITTED_MODEL: RankingModel = {
  ranking: {
    'terms': 2.995560111633702,
    'phrase': 0.10778892964646201,
    'matchedScore': 1.664923769985494,
    'topicWords': 1.606414269831088,
    'productionNote': 0.7780220251321254,
    'decisionFramework': 1.1773811315297846,
    'termsTimesPhrase': 1.9826767036078126,
    'closePhrase': 1.2454385630375835,
    'field.heading': 1.1053258375560207,
    'field.keywords': 1.0822888190404238,
    'field.questions': 1.3799800300274818,
    'field.symptoms': 0.2835134555548525,
    'field.lead': -0.098965319600565,
    'field.body': 1.6425057106999348,
    'field.document': 3.1243922021555655,
  },
  confidence: {
    'bias': -5.244820107754485,
    'relevance': 0.3093465294947677,
    'topicWords': 2.4524612721108245,
    'missingAnchor': -1.235684597466838,
    'missingKnownAnchor': 0.3980973611385382,
    'namesProduct': -0.16550327020592573,
    'rankScore': 0.6889168714863247,
  },
  threshold: 0.57,
};
