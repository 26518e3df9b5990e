/** The rule ids of the spec, in its order: an interface (policies, refs and chat links name them). */
export const RULE_IDS = [
  'freshness',
  'key',
  'deletes',
  'full-refresh-cost',
  'category',
  'use',
  'ownership',
  'api-fit',
  'connector-first',
  'mode-supported',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
