import type { ReviewResult } from '../types.js';

/** The reviews of one command: `list` when the input was a list, so output mirrors it. */
export interface ReviewReport {
  results: ReviewResult[];
  list: boolean;
}

/** An output format, plugged in by name (`--format NAME`), like Spectral's formatters. */
export interface ReviewFormatter {
  name: string;
  format(report: ReviewReport): string;
}
