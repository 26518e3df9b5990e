import { VERDICTS, type RuleResult, type Verdict } from './types.js';

/** do-not-ship if any rule fails; else needs-info if any needs info; else ship-with-warnings if any warns; else ship. */
export function verdictOf(rules: readonly Pick<RuleResult, 'status'>[]): Verdict {
  const has = (status: RuleResult['status']): boolean => rules.some((rule) => rule.status === status);
  if (has('fail')) return 'do-not-ship';
  if (has('needs-info')) return 'needs-info';
  if (has('warn')) return 'ship-with-warnings';
  return 'ship';
}

/** The verdicts a pipeline can stop on, best first: `review --fail-on` takes one of them. */
export const FAIL_ON_VERDICTS = VERDICTS.filter((verdict) => verdict !== 'ship');

/** Whether `verdict` is `threshold` or worse (VERDICTS lists them best first). */
export function atOrWorse(verdict: Verdict, threshold: Verdict): boolean {
  return VERDICTS.indexOf(verdict) >= VERDICTS.indexOf(threshold);
}
