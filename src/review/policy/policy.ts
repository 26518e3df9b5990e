import type { RuleId } from '../rule-ids.js';
import type { Thresholds } from '../thresholds.js';

/** `off`: the rule is not run; `warn`: its fails are capped at warn; `fail`: as the spec says. */
export const SEVERITIES = ['off', 'warn', 'fail'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A team's signed-off exception: one stream, one rule, until a date. */
export interface Waiver {
  stream: string;
  rule: RuleId;
  reason: string;
  approver: string;
  /** `YYYY-MM-DD`; the waiver holds through that day (UTC). */
  expires: string;
}

/** A team's policy file, validated; absent keys mean the spec's defaults. */
export interface Policy {
  /** The file it came from, for messages. */
  source: string;
  thresholds: Partial<Thresholds>;
  severity: Partial<Record<RuleId, Severity>>;
  waivers: Waiver[];
}

export function emptyPolicy(source: string): Policy {
  return { source, thresholds: {}, severity: {}, waivers: [] };
}
