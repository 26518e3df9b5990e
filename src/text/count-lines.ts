/** How many line breaks `text` holds, without splitting it (a piece may be the rest of a 100 MB file). */
export function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
