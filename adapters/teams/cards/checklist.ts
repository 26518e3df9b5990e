import { tallyStatuses } from '../../../src/review/tally.js';
import type { ReviewResult, RuleResult, RuleStatus, Verdict } from '../../../src/review/types.js';
import { container, heading, subtle, text } from './elements.js';
import type { CardElement } from './kit.js';
import type { RefRenderer } from './refs.js';
import { literal } from './text.js';

export const STATUS_MARK: Readonly<Record<RuleStatus, string>> = { pass: '✅', warn: '⚠️', fail: '❌', 'n/a': '➖', 'needs-info': '❓' };

/**
 * The verdict's emphasis is the container's style, which every Teams theme tints to suit; its
 * text keeps the default colour. Coloured text on a tinted container (Teams' green on its green)
 * is what became unreadable.
 */
const VERDICT: Readonly<Record<Verdict, { line: string; style: 'good' | 'warning' | 'accent' | 'attention' }>> = {
  ship: { line: '🟢 Ship', style: 'good' },
  'ship-with-warnings': { line: '🟡 Ship with warnings', style: 'warning' },
  'needs-info': { line: '🔵 Needs info', style: 'accent' },
  'do-not-ship': { line: '⛔ Do not ship', style: 'attention' },
};

function ruleItems(rule: RuleResult, refs: RefRenderer): CardElement[] {
  const items: CardElement[] = [text(`${STATUS_MARK[rule.status]} **${literal(rule.title)}** · _${rule.status}_`, { spacing: 'Medium' }), text(literal(rule.message), { spacing: 'None' })];
  if (rule.fix && rule.status !== 'pass' && rule.status !== 'n/a') items.push(text(`**Fix:** ${literal(rule.fix)}`, { spacing: 'Small' }));
  if (rule.refs.length > 0) items.push(subtle(`See ${rule.refs.map(refs).join(', ')}`));
  return items;
}

export type ChecklistInput = Pick<ReviewResult, 'stream' | 'verdict' | 'rules'> & { reminders?: readonly string[] };

/** The verdict on top, then each rule with its mark, message, fix and links, then the reminders. */
export function checklistBody(result: ChecklistInput, refs: RefRenderer): CardElement[] {
  const verdict = VERDICT[result.verdict];
  const body: CardElement[] = [
    container([heading(`${verdict.line}: ${literal(result.stream)}`, 'Large'), text(`**Verdict: ${result.verdict}** — ${tallyStatuses(result.rules)}`, { spacing: 'None' })], { style: verdict.style }),
  ];
  for (const rule of result.rules) body.push(...ruleItems(rule, refs));
  if (result.reminders && result.reminders.length > 0) {
    body.push(container([text('**Before it ships, check what no input can prove:**'), text(result.reminders.map((r) => `- ${literal(r)}`).join('\n'), { spacing: 'None' })], { separator: true, spacing: 'Medium' }));
  }
  return body;
}
