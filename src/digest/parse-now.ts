import { InputError } from '../errors.js';

// A date, or a date and time with optional seconds, fraction and zone: what `--now` accepts.
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** `--now`: an ISO-8601 date or date-time (UTC unless it names a zone); the current time when absent. */
export function parseNow(text: string | undefined, clock: () => Date = () => new Date()): Date {
  if (text === undefined) return clock();
  const trimmed = text.trim();
  const match = ISO_8601.exec(trimmed);
  const hasTime = match?.[4] !== undefined;
  const parsed = match && realDate(match) ? new Date(hasTime && match[7] === undefined ? `${trimmed}Z` : trimmed) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    throw new InputError(`--now must be an ISO-8601 date or date-time such as 2026-11-25 or 2026-11-25T09:00:00Z; got ${JSON.stringify(text)}.`, [
      { path: 'now', message: 'is not an ISO-8601 date-time' },
    ]);
  }
  return parsed;
}

/** JavaScript reads 2026-02-30 as 2 March; a date that is not on the calendar is refused instead. */
function realDate(match: RegExpExecArray): boolean {
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
