import type { BandSettings } from './band.js';

/**
 * The bands' thresholds, chosen by 5-fold cross-validation over the tuning, held-out and
 * development sets (test/eval/choose-bands.ts): the settings that answer the most questions
 * right while answering few wrong and declining off-topic ones.
 */
export const DEFAULT_BANDS: BandSettings = {
  agreed: 0.4,
  alone: 0.6,
  missing: 0.5,
  clarify: 0.15,
  closest: 0.12,
};

/** A second section is cited (and may add a sentence) when it is nearly as relevant as the best. */
export const RELATED_SHARE = 0.8;

export const MAX_SOURCES = 3;
