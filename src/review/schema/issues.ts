import type { z } from 'zod';
import { MAX_SHOWN_ISSUES, type InputIssue } from '../../errors.js';
import { formatPath } from '../../validation/zod-issues.js';
import { INPUT_KEYS } from '../input-catalogue.js';
import { describeValue } from './values.js';
import { closest } from './suggest.js';

export const MISSING_MARK = ' is required: ';

function unknownKey(key: string): string {
  const suggestion = closest(key, INPUT_KEYS);
  const advice = suggestion ? `did you mean ${suggestion}?` : `the keys are ${INPUT_KEYS.join(', ')}`;
  return `${key} is not an input of a stream review (${advice}); nothing is guessed, so fix or remove it.`;
}

const NOT_A_MAPPING = 'A stream description is a set of key: value pairs (name, connector, category, refreshMode, …)';

/**
 * Zod's issues in the words of the input table: one issue per unknown key with a
 * "did you mean", and a plain sentence when the whole value is not a description at all.
 */
export function toStreamIssues(error: z.ZodError, root: unknown, prefix: readonly PropertyKey[] = []): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: formatPath([...path, key]), message: unknownKey(key) });
    } else if (issue.code === 'invalid_type' && issue.path.length === 0) {
      issues.push({ path: formatPath(path), message: `${NOT_A_MAPPING}; got ${describeValue(root)}.` });
    } else {
      issues.push({ path: formatPath(path), message: issue.message });
    }
  }
  return issues;
}

/** One sentence naming what is missing, unknown and invalid, for the error's headline. */
export function summariseIssues(issues: readonly InputIssue[]): string {
  const whole = issues.find((issue) => issue.message.startsWith(NOT_A_MAPPING));
  if (whole) return whole.message;
  // A mapping of 200,000 unknown keys names the first of them, not all: one line, not 1.7 MB.
  const paths = (test: (issue: InputIssue) => boolean): string => {
    const all = [...new Set(issues.filter(test).map((issue) => issue.path))];
    const more = all.length - MAX_SHOWN_ISSUES;
    return more > 0 ? `${all.slice(0, MAX_SHOWN_ISSUES).join(', ')} and ${more.toLocaleString('en')} more` : all.join(', ');
  };
  const unknown = (issue: InputIssue): boolean => issue.message.includes('is not an input of a stream review');
  const missing = (issue: InputIssue): boolean => issue.message.includes(MISSING_MARK);
  const parts = [
    ['missing required input', paths(missing)],
    ['unknown key', paths(unknown)],
    ['invalid value for', paths((issue) => !missing(issue) && !unknown(issue))],
  ].filter(([, list]) => list !== '');
  return `The stream description has problems: ${parts.map(([label, list]) => `${label} ${list}`).join('; ')}.`;
}
