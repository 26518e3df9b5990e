/**
 * Sizes Teams accepts. A message, card included, may be about 28 KB; a card over the limit is
 * rejected whole (413), so renderers cut long lists and texts well below it.
 */
export const LIMITS = {
  /** JSON bytes of one card; leaves room for the activity around it. */
  cardBytes: 24_000,
  /** One TextBlock of prose (an answer, a rule's message). */
  text: 2_000,
  /** A button's title. */
  buttonTitle: 60,
  /** The title of a tile's action (a picked section's heading): what screen readers and tooltips say, kept whole. */
  pickTitle: 150,
  /** Buttons side by side before Teams folds them into "…". */
  buttons: 5,
} as const;
