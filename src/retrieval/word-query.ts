/**
 * Words that only colour a question ("what *exactly* is…"): dropped from what the word view
 * and the definition reader see, so that they never move an answer.
 */
const FILLERS: ReadonlySet<string> = new Set(
  `exactly precisely literally honestly seriously definitely certainly totally actually basically really just simply anyway
  anyways btw fyi maybe perhaps somehow whatever please pls plz`.split(/\s+/).filter(Boolean),
);

/** The question with misspelt words replaced by the words meant and fillers dropped; punctuation stays. */
export function wordQuery(text: string, mended: ReadonlyMap<string, string>): string {
  return text
    .replace(/[A-Za-z0-9_']+/g, (word) => {
      const lower = word.toLowerCase();
      return FILLERS.has(lower) ? '' : (mended.get(lower) ?? word);
    })
    .replace(/\s+([,?!.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
