/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of
 * neighbouring letters each cost 1 ("upsret" → "upsert" is 1). Stops early past `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The edit distance between a typed word and the word meant, where two letters trading places
 * anywhere in the word ("desicion" for "decision") count as one slip, as neighbours swapped do.
 */
export function typingSlips(typed: string, word: string, max: number): number {
  const distance = editDistance(typed, word, max);
  if (distance !== 2 || typed.length !== word.length) return distance;
  const differ = [...typed].flatMap((c, i) => (c === word[i] ? [] : [i]));
  return differ.length === 2 && typed[differ[0]!] === word[differ[1]!] && typed[differ[1]!] === word[differ[0]!] ? 1 : distance;
}
