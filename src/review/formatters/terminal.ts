import type { ReviewResult, RuleStatus, Verdict } from '../types.js';
import type { ReviewFormatter } from './formatter.js';

const MARK: Record<RuleStatus, string> = { pass: '✔', warn: '⚠', fail: '✖', 'n/a': '–', 'needs-info': '?' };

const VERDICT: Record<Verdict, string> = {
  ship: 'SHIP',
  'ship-with-warnings': 'SHIP WITH WARNINGS',
  'needs-info': 'NEEDS INFO',
  'do-not-ship': 'DO NOT SHIP',
};

function checklist(result: ReviewResult): string {
  const lines = [`${result.stream}: ${VERDICT[result.verdict]}`, ''];
  for (const rule of result.rules) {
    lines.push(`${MARK[rule.status]} ${rule.status.padEnd(10)} ${rule.title} (${rule.id})`, `    ${rule.message}`);
    if (rule.fix) lines.push(`    Fix: ${rule.fix}`);
    lines.push(`    See: ${rule.refs.join(', ')}`);
  }
  return lines.join('\n');
}

function summary(results: readonly ReviewResult[]): string {
  const counts = new Map<Verdict, number>();
  for (const result of results) counts.set(result.verdict, (counts.get(result.verdict) ?? 0) + 1);
  const parts = [...counts].map(([verdict, n]) => `${n} ${verdict}`);
  return `${results.length} streams reviewed: ${parts.join(', ')}.`;
}

/** The readable checklist: verdict on top, a mark per rule, message, fix and refs; the reminders once at the end. */
export const terminalFormatter: ReviewFormatter = {
  name: 'terminal',
  format: ({ results, list }) => {
    const reminders = results[0]?.reminders ?? [];
    const blocks = results.map(checklist);
    if (list) blocks.push(summary(results));
    blocks.push(['Before it ships, check what no input can prove:', ...reminders.map((r) => `  • ${r}`)].join('\n'));
    return `${blocks.join('\n\n')}\n`;
  },
};
