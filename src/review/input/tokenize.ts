import { InputError } from '../../errors.js';

// Chat clients turn straight quotes into curly ones; each opening quote has its closing partner.
const CLOSING: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '‘': '’', '„': '“' };

/**
 * Splits chat text into words the way a shell would for `key=value` input: whitespace separates
 * words, and a quote opened at the start of a word or right after `=` keeps spaces in the value
 * (`name="Web orders"` → `name=Web orders`). A quote inside a word (O'Brien) is just a letter.
 * Inside quotes, a backslash escapes the next character.
 */
export function tokenizeChatText(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let started = false;
  let quote: { close: string; at: number } | undefined;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (quote) {
      if (char === '\\' && i + 1 < chars.length) word += chars[++i];
      else if (char === quote.close) quote = undefined;
      else word += char;
    } else if (/\s/.test(char)) {
      if (started) words.push(word);
      word = '';
      started = false;
    } else if (CLOSING[char] !== undefined && (word === '' || word.endsWith('='))) {
      quote = { close: CLOSING[char], at: i + 1 };
      started = true;
    } else {
      word += char;
      started = true;
    }
  }
  if (quote) throw new InputError(`A quote opened at character ${quote.at} is never closed; close it or remove it.`);
  if (started) words.push(word);
  return words;
}
