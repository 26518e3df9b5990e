import type { ReviewFormatter } from './formatter.js';
import { jsonFormatter } from './json.js';
import { junitFormatter } from './junit.js';
import { terminalFormatter } from './terminal.js';

/** Every output format by name; adding one is adding a file and a line here. */
export const FORMATTERS: readonly ReviewFormatter[] = [terminalFormatter, jsonFormatter, junitFormatter];

export const FORMAT_NAMES: readonly string[] = FORMATTERS.map((formatter) => formatter.name);

export function findFormatter(name: string): ReviewFormatter | undefined {
  return FORMATTERS.find((formatter) => formatter.name === name);
}

export type { ReviewFormatter, ReviewReport, ReviewWriter } from './formatter.js';
export { formatJsonError } from './json.js';
