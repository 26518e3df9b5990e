import type { BandSettings } from './band.js';

/**
 * The bands' thresholds, chosen by 5-fold cross-validation over the tuning, held-out and
 * development sets (`npm run bands`): the settings that answer the most questions right, less
 * twice the wrong ones, with a little credit for a "did you mean" that offers the right
 * section and a little cost for one offered to an off-topic question, while declining at
 * least 95% of off-topic ones.
 */
export const DEFAULT_BANDS: BandSettings = {
  agreed: 0.2,
  alone: 0.8,
  missing: 0.3,
  missingClarify: 0.3,
  clarify: 0.3,
  closest: 0.12,
};

/** A second section is cited (and may add a sentence) when it is nearly as relevant as the best. */
export const RELATED_SHARE = 0.8;

export const MAX_SOURCES = 3;
