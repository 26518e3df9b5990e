import { FILLER_WORDS } from './filler-words.js';

/** The question with misspelt words replaced by the words meant and fillers dropped; punctuation stays. */
export function wordQuery(text: string, mended: ReadonlyMap<string, string>): string {
  return text
    .replace(/[A-Za-z0-9_']+/g, (word) => {
      const lower = word.toLowerCase();
      return FILLER_WORDS.has(lower) ? '' : (mended.get(lower) ?? word);
    })
    .replace(/\s+([,?!.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
