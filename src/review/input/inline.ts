import { InputError, type InputIssue } from '../../errors.js';
import { parseStreamDescription } from '../schema.js';
import type { StreamDescription } from '../stream-description.js';
import { tokenizeChatText } from './tokenize.js';

const SHAPE = 'write each input as key=value (no spaces around "=", quotes around a value with spaces)';

/** Sets an own key, `__proto__` included: an assignment would take that one as the prototype. */
function setOwn(target: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * `key=value` words as an object of raw strings; the schema then reads each value by its key
 * (comma lists for list keys, separators in numbers, true/false). Splits at the first `=`,
 * so a value may contain `=`. A key given twice is an error, never "last one wins".
 */
export function wordsToObject(words: readonly string[]): Record<string, string> {
  // Built directly rather than through a Map and Object.fromEntries: this runs on every command.
  const values: Record<string, string> = {};
  const issues: InputIssue[] = [];
  for (const word of words) {
    const at = word.indexOf('=');
    const key = at > 0 ? word.slice(0, at).trim() : '';
    if (key === '') {
      issues.push({ path: '', message: `${JSON.stringify(word)} is not key=value: ${SHAPE}.` });
      continue;
    }
    const value = word.slice(at + 1);
    if (Object.hasOwn(values, key)) issues.push({ path: key, message: `${key} is given twice (${JSON.stringify(values[key])} and ${JSON.stringify(value)}); give it once.` });
    else setOwn(values, key, value);
  }
  if (issues.length > 0) throw new InputError(`The inline description has problems: ${issues.map((i) => i.message).join(' ')}`, issues);
  return values;
}

/** The CLI's words (already split by the shell). */
export function parseInlineWords(words: readonly string[]): StreamDescription {
  if (words.length === 0) throw new InputError(`No stream description given: ${SHAPE}, e.g. name="Web orders" connector=s3 category=engagement refreshMode=upsert.`);
  return parseStreamDescription(wordsToObject(words));
}

/** Raw chat text such as `name="Web orders" connector=ingestion-api apiPattern=streaming`. */
export function parseInlineText(text: string): StreamDescription {
  return parseInlineWords(tokenizeChatText(text));
}
