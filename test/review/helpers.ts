import type { RuleOutcome } from '../../src/review/rules/index.js';
import type { Rule } from '../../src/review/rules/rule.js';
import type { StreamDescription } from '../../src/review/stream-description.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../src/review/thresholds.js';

/** A stream every rule passes (or finds n/a): each test changes only what it is about. */
export const SHIPPABLE: Readonly<StreamDescription> = Object.freeze<StreamDescription>({
  name: 'Web orders',
  connector: 's3',
  category: 'engagement',
  dataShape: 'event',
  eventTimeField: 'ordered_at',
  refreshMode: 'upsert',
  primaryKey: ['order_id'],
  keyUnique: true,
  deletes: 'delete-file',
  schedule: 'hourly',
  decisionFreshness: 'hourly',
  uses: ['segmentation'],
  owner: 'web-team',
  alerting: true,
});

/** SHIPPABLE with some keys changed; a key set to `undefined` is left out. */
export function streamWith(changes: Partial<Record<keyof StreamDescription, unknown>>): StreamDescription {
  const merged: Record<string, unknown> = { ...SHIPPABLE, ...changes };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged as unknown as StreamDescription;
}

export function evaluate(rule: Rule, changes: Partial<Record<keyof StreamDescription, unknown>>, thresholds: Partial<Thresholds> = {}): RuleOutcome {
  return rule.evaluate(streamWith(changes), { thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } });
}

/** The inputs a needs-info outcome asks for, in the order it asks them. */
export function keysAsked(outcome: RuleOutcome): string[] | undefined {
  return outcome.asks?.map((question) => question.key);
}
