import type { Parsed } from '../schema/values.js';
import { describeValue } from '../schema/values.js';

const problem = (text: string): Parsed<never> => ({ ok: false, problem: text });

function number(input: unknown): number | undefined {
  if (typeof input === 'number') return input;
  if (typeof input === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(input)) return Number(input);
  return undefined;
}

/** A share of rows: `0.1` or `10%`. */
export function parseRatio(key: string, input: unknown): Parsed<number> {
  const percent = typeof input === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(input) : null;
  const value = percent ? Number(percent[1]) / 100 : number(input);
  if (value === undefined || !(value > 0 && value <= 1)) return problem(`${key} must be a share above 0 and at most 1 (0.1 or 10%); got ${describeValue(input)}.`);
  return { ok: true, value };
}

export function parsePositive(key: string, input: unknown): Parsed<number> {
  const value = number(input);
  if (value === undefined || !(value > 0) || !Number.isFinite(value)) return problem(`${key} must be a number above 0; got ${describeValue(input)}.`);
  return { ok: true, value };
}

export function parseLevels(key: string, input: unknown): Parsed<number> {
  const value = number(input);
  if (value === undefined || !Number.isInteger(value) || value < 1 || value > 5) return problem(`${key} must be a whole number of levels from 1 to 5; got ${describeValue(input)}.`);
  return { ok: true, value };
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function parseDate(key: string, input: unknown): Parsed<string> {
  const text = typeof input === 'string' ? input.trim() : '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
  // Date rolls 2026-02-30 over to March; reading it back catches days that do not exist.
  const valid = date !== undefined && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  if (!valid) return problem(`${key} must be a date written YYYY-MM-DD (e.g. 2026-12-31); got ${describeValue(input)}.`);
  return { ok: true, value: text };
}
