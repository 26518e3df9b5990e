import type { RuleResult, Verdict } from './types.js';

/** do-not-ship if any rule fails; else needs-info if any needs info; else ship-with-warnings if any warns; else ship. */
export function verdictOf(rules: readonly Pick<RuleResult, 'status'>[]): Verdict {
  const has = (status: RuleResult['status']): boolean => rules.some((rule) => rule.status === status);
  if (has('fail')) return 'do-not-ship';
  if (has('needs-info')) return 'needs-info';
  if (has('warn')) return 'ship-with-warnings';
  return 'ship';
}
