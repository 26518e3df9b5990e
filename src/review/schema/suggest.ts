import { editDistance } from '../../retrieval/edit-distance.js';

/** Folds the differences people make by habit: case, `-`, `_` and spaces. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[-_\s]/g, '');
}

/**
 * The allowed word the person most likely meant, for a "did you mean" hint; never applied
 * silently (nothing is guessed). Undefined when nothing is close.
 */
export function closest(input: string, allowed: readonly string[]): string | undefined {
  const folded = fold(input);
  if (folded === '' || folded.length > 60) return undefined;
  const exact = allowed.find((word) => fold(word) === folded);
  if (exact) return exact;
  // Two letters swapped ("jsno", "reveiw") is one slip, as it is for the questions' fuzzy words.
  const tolerance = Math.max(1, Math.floor(folded.length / 4));
  let best: { word: string; distance: number } | undefined;
  for (const word of allowed) {
    const distance = editDistance(folded, fold(word), tolerance);
    if (!best || distance < best.distance) best = { word, distance };
  }
  return best && best.distance <= tolerance ? best.word : undefined;
}
