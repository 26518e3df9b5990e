import { neighbourSwaps } from './fuzzy-vocabulary.js';

/**
 * The question with each unknown word that is a known word with two neighbouring letters
 * swapped ("cluod", "otehr", "stael") written as that word. Swapped letters are the commonest
 * slip, and a word read right keeps the phrases it is part of ("data cloud"), which correcting
 * it word by word later would lose. A word two swaps could read is left alone.
 */
export function unswapWords(text: string, isKnown: (word: string) => boolean): string {
  return text.replace(/[A-Za-z]{3,}/g, (typed) => {
    const word = typed.toLowerCase();
    if (isKnown(word)) return typed;
    const readings = neighbourSwaps(word).filter(isKnown);
    return readings.length === 1 ? readings[0]! : typed;
  });
}
