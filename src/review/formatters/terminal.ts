import type { ReviewResult, RuleStatus, Verdict } from '../types.js';
import type { ReviewFormatter, ReviewWriter } from './formatter.js';

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

function summary(counts: ReadonlyMap<Verdict, number>): string {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const parts = [...counts].map(([verdict, n]) => `${n.toLocaleString('en')} ${verdict}`);
  return `${total.toLocaleString('en')} streams reviewed: ${parts.join(', ')}.`;
}

/** Checklists as the streams are reviewed; the list's summary and the reminders (the same for every review) once at the end. */
function terminalWriter(): ReviewWriter {
  const counts = new Map<Verdict, number>();
  let reminders: readonly string[] = [];
  return {
    begin: () => '',
    result: (result) => {
      counts.set(result.verdict, (counts.get(result.verdict) ?? 0) + 1);
      reminders = result.reminders;
      return `${checklist(result)}\n\n`;
    },
    end: (list) => {
      if (counts.size === 0) return '';
      const closing = ['Before it ships, check what no input can prove:', ...reminders.map((r) => `  • ${r}`)].join('\n');
      return `${list ? `${summary(counts)}\n\n` : ''}${closing}\n`;
    },
  };
}

/** The readable checklist: verdict on top, a mark per rule, message, fix and refs; the reminders once at the end. */
export const terminalFormatter: ReviewFormatter = { name: 'terminal', writer: terminalWriter };
