import type { z } from 'zod';
import type { InputIssue } from '../errors.js';

/** `['streams', 2, 'primaryKey']` → `streams[2].primaryKey`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Zod's issues as `{path, message}` pairs. Unknown keys become one issue per key, so
 * a misspelled `refreshmode` is named where it stands rather than at its parent.
 */
export function toInputIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const issue of error.issues) {
    const base = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({ path: formatPath([...base, key]), message: issue.message });
      }
      continue;
    }
    issues.push({ path: formatPath(base), message: issue.message });
  }
  return issues;
}

/** One line per issue, `path: message`, for terminal output. */
export function describeIssues(issues: readonly InputIssue[]): string {
  return issues.map((i) => (i.path ? `  - ${i.path}: ${i.message}` : `  - ${i.message}`)).join('\n');
}
