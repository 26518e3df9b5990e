import { USES, type Use } from '../stream-description.js';
import { closest } from './suggest.js';

/** One value's parse: the value, or a sentence saying what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const problem = (text: string): Parsed<never> => ({ ok: false, problem: text });

/** The bad value as a person would recognise it in their own input. */
export function describeValue(input: unknown): string {
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 37)}…` : input;
    return input.trim() === '' ? 'an empty value' : JSON.stringify(shown);
  }
  if (input === null || input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a set of nested keys';
  return String(input);
}

function hint(input: string, allowed: readonly string[]): string {
  const suggestion = closest(input, allowed);
  return suggestion ? ` (did you mean ${suggestion}?)` : '';
}

export function parseText(key: string, input: unknown): Parsed<string> {
  if (typeof input === 'number' && Number.isFinite(input)) return ok(String(input));
  if (typeof input !== 'string') return problem(`${key} must be text; got ${describeValue(input)}.`);
  const text = input.trim();
  return text === '' ? problem(`${key} is empty; give it a value.`) : ok(text);
}

export function parseChoice<T extends string>(key: string, allowed: readonly T[], input: unknown): Parsed<T> {
  const text = typeof input === 'string' ? input.trim() : input;
  const match = allowed.find((value) => value === text);
  if (match !== undefined) return ok(match);
  const suggestion = typeof text === 'string' ? hint(text, allowed) : '';
  return problem(`${key} cannot be ${describeValue(input)}${suggestion}; allowed values: ${allowed.join(', ')}.`);
}

export function parseFlag(key: string, input: unknown): Parsed<boolean> {
  if (typeof input === 'boolean') return ok(input);
  const text = typeof input === 'string' ? input.trim().toLowerCase() : undefined;
  if (text === 'true' || text === 'false') return ok(text === 'true');
  return problem(`${key} must be true or false; got ${describeValue(input)}.`);
}

// Thousands separators must group by three, so a decimal comma ("6,5") is never read as 65.
const COUNT_TEXT = [/^\d+$/, /^\d{1,3}(,\d{3})+$/, /^\d+(_\d+)+$/];

export function parseCount(key: string, input: unknown): Parsed<number> {
  let count: number | undefined;
  if (typeof input === 'number') count = input;
  else if (typeof input === 'string' && COUNT_TEXT.some((pattern) => pattern.test(input.trim()))) {
    count = Number(input.trim().replace(/[,_]/g, ''));
  }
  if (count === undefined || !Number.isInteger(count) || count < 0) {
    return problem(`${key} must be a whole number of 0 or more (60000000, 60,000,000 and 60_000_000 all work); got ${describeValue(input)}.`);
  }
  if (!Number.isSafeInteger(count)) return problem(`${key} is larger than a review can count exactly (${describeValue(input)}).`);
  return ok(count);
}

/** Trimmed, blank items dropped, de-duplicated and sorted: a list's order never changes a review. */
function normaliseList(items: string[]): string[] {
  return [...new Set(items.map((item) => item.trim()).filter((item) => item !== ''))].sort();
}

export function parseTextList(key: string, input: unknown): Parsed<string[]> {
  if (typeof input === 'string') return ok(normaliseList(input.split(',')));
  if (typeof input === 'number' && Number.isFinite(input)) return ok([String(input)]);
  if (!Array.isArray(input)) return problem(`${key} must be a field name or a list of field names; got ${describeValue(input)}.`);
  const items: string[] = [];
  for (const [index, item] of input.entries()) {
    if (typeof item === 'number' && Number.isFinite(item)) items.push(String(item));
    else if (typeof item === 'string') items.push(item);
    else return problem(`${key} item ${index + 1} must be a name; got ${describeValue(item)}.`);
  }
  return ok(normaliseList(items));
}

function parseUse(key: string, item: string): Parsed<Use> {
  const known = USES.find((use) => use === item);
  if (known) return ok(known);
  const other = /^other:\s*(\S.*)$/s.exec(item);
  if (other) return ok<Use>(`other:${other[1]!.trim()}`);
  const allowed = `${USES.join(', ')}, or other:TEXT for anything else`;
  return problem(`${key} cannot include ${describeValue(item)}${hint(item, USES)}; allowed values: ${allowed}.`);
}

/** `none` (inline `uses=none`, or `uses: none`) says that nothing reads it: an empty list, as `uses: []` is, which the `use` rule fails. */
const NONE = 'none';

export function parseUseList(key: string, input: unknown): Parsed<Use[]> {
  const list = parseTextList(key, input);
  if (!list.ok) return list;
  if (list.value.includes(NONE)) {
    return list.value.length === 1 ? ok([]) : problem(`${key} cannot list ${NONE} with other uses; give ${NONE} alone, or only the uses.`);
  }
  const uses: Use[] = [];
  for (const item of list.value) {
    const use = parseUse(key, item);
    if (!use.ok) return use;
    uses.push(use.value);
  }
  return ok([...new Set(uses)].sort());
}
