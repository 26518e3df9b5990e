import type { ReviewResult } from '../types.js';

/** The reviews of one command: `list` when the input was a list, so output mirrors it. */
export interface ReviewReport {
  results: ReviewResult[];
  list: boolean;
}

/** One command's output, written a review at a time so that a long list is never held whole. */
export interface ReviewWriter {
  /** Text before the first review. */
  begin(): string;
  /** Text for one review, written as soon as the stream is reviewed. */
  result(result: ReviewResult): string;
  /** Text after the last review; `list` when the input was a list. */
  end(list: boolean): string;
}

/** An output format, plugged in by name (`--format NAME`), like Spectral's formatters. */
export interface ReviewFormatter {
  name: string;
  /** A writer for one command's output (it may count what it has written). */
  writer(): ReviewWriter;
  /**
   * Each review's text depends on that review alone, and nothing is written before the first or
   * after the last: worker threads may write the reviews of a large list side by side.
   */
  independent?: boolean;
}

/** A whole report at once, for callers that have every review in hand. */
export function formatReport(formatter: ReviewFormatter, { results, list }: ReviewReport): string {
  const writer = formatter.writer();
  return `${writer.begin()}${results.map((result) => writer.result(result)).join('')}${writer.end(list)}`;
}
