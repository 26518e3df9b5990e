import type { AdvisorError } from '../../errors.js';
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

export const jsonFormatter: ReviewFormatter = {
  name: 'json',
  format: ({ results, list }) => `${JSON.stringify(list ? results.map(toJson) : toJson(results[0]!))}\n`,
};

/** cli.md's error shape for `--json`: `{"error": {"message", "issues": [{"path", "message"}]}}`. */
export function formatJsonError(error: AdvisorError): string {
  const issues = error.issues.map(({ path, message }) => ({ path, message }));
  return `${JSON.stringify({ error: { message: error.message, issues } })}\n`;
}
