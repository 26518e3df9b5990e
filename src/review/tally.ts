import type { RuleResult, RuleStatus } from './types.js';

const WORST_FIRST: readonly RuleStatus[] = ['fail', 'needs-info', 'warn', 'pass', 'n/a'];

/** A checklist in one line, worst first: `2 fail · 1 warn · 5 pass · 2 n/a`. */
export function tallyStatuses(rules: readonly RuleResult[]): string {
  return WORST_FIRST.map((status) => [status, rules.filter((rule) => rule.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(' · ');
}
