import { daleChall } from 'dale-chall';

const FAMILIAR: ReadonlySet<string> = new Set(daleChall);

/**
 * Whether a word is everyday English (the New Dale-Chall list of familiar words, with
 * simple inflections): such a word is no typo to correct, and, unless the knowledge base
 * uses it as a topic word, it says little about what a question is about.
 */
export function isFamiliarWord(word: string): boolean {
  if (FAMILIAR.has(word)) return true;
  for (const suffix of ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er']) {
    if (word.endsWith(suffix) && FAMILIAR.has(word.slice(0, -suffix.length))) return true;
  }
  return word.endsWith('ing') && FAMILIAR.has(`${word.slice(0, -3)}e`);
}
