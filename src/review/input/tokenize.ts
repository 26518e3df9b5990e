import { InputError } from '../../errors.js';

// Chat clients turn straight quotes into curly ones; each opening quote has its closing partner.
const CLOSING: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '‘': '’', '„': '“' };

// The same pairs as UTF-16 code units: every quote is one unit, so the text is scanned by index
// and words are cut out with slice, not built up a character at a time (this runs on every command).
const CLOSING_CODE: ReadonlyMap<number, number> = new Map(Object.entries(CLOSING).map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]));

// A run of characters that are neither whitespace nor a quote: skipped in one native step (sticky,
// so it matches only where lastIndex puts it).
const PLAIN_RUN = new RegExp(`[^\\s${Object.keys(CLOSING).join('')}]+`, 'y');

const BACKSLASH = 0x5c;
const EQUALS = 0x3d;
const WHITESPACE = /\s/;

/** `\s` as a regular expression reads it; ASCII is answered without one. No code point outside the BMP is whitespace. */
function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(text.charAt(at));
}

/** Where the quote opened at `open` closes, and the value between with its escapes read; null when it never closes. */
function readQuoted(text: string, open: number, close: number): { value: string; end: number } | null {
  let value = '';
  let from = open + 1;
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === close) return { value: value + text.slice(from, at), end: at };
    if (code === BACKSLASH && at + 1 < text.length) {
      // The escaped unit starts the next slice; half of a surrogate pair is never a quote or a backslash.
      value += text.slice(from, at);
      from = at + 1;
      at += 1;
    }
  }
  return null;
}

/** Whether a quote at `at` opens a value: at the start of a word, or right after its `=`. */
function opensValue(text: string, word: string, from: number, at: number): boolean {
  if (from >= 0 && from < at) return text.charCodeAt(at - 1) === EQUALS;
  return word === '' || word.charCodeAt(word.length - 1) === EQUALS;
}

/**
 * Splits chat text into words the way a shell would for `key=value` input: whitespace separates
 * words, and a quote opened at the start of a word or right after `=` keeps spaces in the value
 * (`name="Web orders"` → `name=Web orders`). A quote inside a word (O'Brien) is just a letter.
 * Inside quotes, a backslash escapes the next character.
 */
export function tokenizeChatText(text: string): string[] {
  const words: string[] = [];
  // The word so far is `word` followed by the unquoted run text[from, at); from is -1 between words.
  let word = '';
  let from = -1;
  for (let at = 0; at < text.length; at++) {
    PLAIN_RUN.lastIndex = at;
    if (PLAIN_RUN.test(text)) {
      if (from < 0) from = at;
      at = PLAIN_RUN.lastIndex;
      if (at === text.length) break;
    }
    if (isSpace(text, at)) {
      if (from >= 0) words.push(word + text.slice(from, at));
      word = '';
      from = -1;
      continue;
    }
    const close = CLOSING_CODE.get(text.charCodeAt(at));
    if (close === undefined || !opensValue(text, word, from, at)) {
      if (from < 0) from = at;
      continue;
    }
    const quoted = readQuoted(text, at, close);
    // The position is counted in characters as a person sees them, so an emoji before it counts once.
    if (!quoted) throw new InputError(`A quote opened at character ${[...text.slice(0, at)].length + 1} is never closed; close it or remove it.`);
    if (from >= 0) word += text.slice(from, at);
    word += quoted.value;
    at = quoted.end;
    from = at + 1;
  }
  if (from >= 0) words.push(word + text.slice(from));
  return words;
}
