/** Folds the differences people make by habit: case, `-`, `_` and spaces. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[-_\s]/g, '');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
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
  let best: { word: string; distance: number } | undefined;
  for (const word of allowed) {
    const distance = editDistance(folded, fold(word));
    if (!best || distance < best.distance) best = { word, distance };
  }
  const tolerance = Math.max(1, Math.floor(folded.length / 4));
  return best && best.distance <= tolerance ? best.word : undefined;
}
