import { z } from 'zod';
import { RULE_IDS, type RuleId } from '../rule-ids.js';
import { optionalField, requiredValue } from '../schema/field.js';
import { closest } from '../schema/suggest.js';
import { parseChoice, parseCount, parseText } from '../schema/values.js';
import { SEVERITIES, type Severity } from './policy.js';
import { parseDate, parseLevels, parsePositive, parseRatio } from './values.js';

const ruleId = (key: string, input: unknown) => parseChoice(key, RULE_IDS, input);
const severity = (key: string, input: unknown) => parseChoice(key, SEVERITIES, input);

export const thresholdsSchema = z.strictObject({
  fullRefreshWarnRowsPerMonth: optionalField('fullRefreshWarnRowsPerMonth', parseCount),
  fullRefreshFailRowsPerMonth: optionalField('fullRefreshFailRowsPerMonth', parseCount),
  upsertChangeRatio: optionalField('upsertChangeRatio', parseRatio),
  creditsPerMillionRows: optionalField('creditsPerMillionRows', parsePositive),
  overFreshnessGapLevels: optionalField('overFreshnessGapLevels', parseLevels),
  streamingChangedRowsPerRun: optionalField('streamingChangedRowsPerRun', parseCount),
});

function unknownRule(name: string): string {
  const suggestion = closest(name, RULE_IDS);
  return `${name} is not a rule id${suggestion ? ` (did you mean ${suggestion}?)` : ''}; the rules are ${RULE_IDS.join(', ')}.`;
}

/** `rule-id: off|warn|fail`, checked key by key so an unknown rule is named with a suggestion. */
const rulesSchema = z.record(z.string(), z.unknown()).transform((record, ctx) => {
  const out: Partial<Record<RuleId, Severity>> = {};
  for (const [name, value] of Object.entries(record)) {
    const id = RULE_IDS.find((rule) => rule === name);
    const level = severity(name, value);
    if (!id) ctx.addIssue({ code: 'custom', path: [name], message: unknownRule(name) });
    else if (!level.ok) ctx.addIssue({ code: 'custom', path: [name], message: level.problem });
    else out[id] = level.value;
  }
  return out;
});

const needed = (key: string, what: string): string => `${key} is required: ${what}.`;

export const waiverSchema = z.strictObject({
  stream: requiredValue('stream', parseText, needed('stream', 'the name of the stream the waiver is for')),
  rule: requiredValue('rule', ruleId, needed('rule', `the rule it waives, one of ${RULE_IDS.join(', ')}`)),
  reason: requiredValue('reason', parseText, needed('reason', 'why the fail is accepted')),
  approver: requiredValue('approver', parseText, needed('approver', 'who approved it')),
  expires: requiredValue('expires', parseDate, needed('expires', 'the last day it holds, YYYY-MM-DD')),
});

/** The policy file's shape: every part optional, unknown keys are errors. */
export const policySchema = z.strictObject({
  thresholds: thresholdsSchema.optional(),
  rules: rulesSchema.optional(),
  waivers: z.array(waiverSchema).optional(),
});
