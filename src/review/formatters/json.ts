import { shownIssues, type AdvisorError } from '../../errors.js';
import type { ReviewResult } from '../types.js';
import type { ReviewFormatter } from './formatter.js';

/** cli.md's shape, key order included; `fix` only where the status is warn, fail or needs-info. */
function toJson(result: ReviewResult): object {
  return {
    stream: result.stream,
    verdict: result.verdict,
    rules: result.rules.map(({ id, title, status, message, fix, refs }) => ({ id, title, status, message, ...(fix !== undefined && status !== 'pass' && status !== 'n/a' ? { fix } : {}), refs })),
    reminders: result.reminders,
  };
}

/** One object per review, one per line: a list gives NDJSON, written as each stream is reviewed. */
export const jsonFormatter: ReviewFormatter = {
  name: 'json',
  independent: true,
  writer: () => ({ begin: () => '', result: (result) => `${JSON.stringify(toJson(result))}\n`, end: () => '' }),
};

/**
 * cli.md's error shape for `--json`: `{"error": {"message", "issues": [{"path", "message"}]}}`,
 * with `"more": N` when N further issues were found but not listed.
 */
export function formatJsonError(error: AdvisorError): string {
  const shown = shownIssues(error);
  const issues = shown.issues.map(({ path, message }) => ({ path, message }));
  return `${JSON.stringify({ error: { message: error.message, issues, ...(shown.more > 0 ? { more: shown.more } : {}) } })}\n`;
}
