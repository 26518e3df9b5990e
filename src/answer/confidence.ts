import type { BandSettings } from './band.js';

/**
 * The bands' thresholds, chosen by 5-fold cross-validation over the tuning, held-out and
 * development sets (`npm run bands`): the settings that answer the most questions right and
 * show the right section among an answer's or a "did you mean"'s choices most often, less
 * twice the wrong answers and a little for a "did you mean" to an off-topic question, within
 * 3% of questions answered wrong and 5% of off-topic ones answered.
 */
export const DEFAULT_BANDS: BandSettings = {
  agreed: 0.2,
  alone: 0.8,
  missing: 0.3,
  missingClarify: 1,
  clarify: 0.2,
  closest: 0.12,
};

/** A second section is cited (and may add a sentence) when it is nearly as relevant as the best. */
export const RELATED_SHARE = 0.8;

export const MAX_SOURCES = 3;
