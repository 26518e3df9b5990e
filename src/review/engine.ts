import { applyPolicy, isTurnedOff, turnedOff } from './policy/apply.js';
import type { Policy } from './policy/policy.js';
import { REMINDERS } from './reminders.js';
import { RULES, type Rule, type RuleContext } from './rules/index.js';
import type { StreamDescription } from './stream-description.js';
import { DEFAULT_THRESHOLDS } from './thresholds.js';
import type { ReviewResult, RuleResult } from './types.js';
import { verdictOf } from './verdict.js';

export interface ReviewOptions {
  /** A team policy; none means exactly the spec's defaults. */
  policy?: Policy;
  /** The moment waivers are judged against; injectable so tests and the digest control it. */
  now?: Date;
}

function runRule(rule: Rule, stream: StreamDescription, context: RuleContext): RuleResult {
  const outcome = rule.evaluate(stream, context);
  const result: RuleResult = { id: rule.id, title: rule.title, status: outcome.status, message: outcome.message, refs: rule.refs.slice() };
  if (outcome.status !== 'pass' && outcome.status !== 'n/a' && outcome.fix) result.fix = outcome.fix;
  if (outcome.status === 'needs-info' && outcome.asks) result.asks = outcome.asks;
  return result;
}

function withPolicy(rule: Rule, stream: StreamDescription, context: RuleContext, policy: Policy, now: Date): RuleResult {
  if (isTurnedOff(policy, rule.id)) return { id: rule.id, title: rule.title, ...turnedOff(), refs: rule.refs.slice() };
  return applyPolicy(rule.id, runRule(rule, stream, context), stream.name, policy, now);
}

const DEFAULT_CONTEXT: RuleContext = { thresholds: DEFAULT_THRESHOLDS };

/** Applies every style-guide rule to one stream, in the spec's order, and gives the verdict. */
export function reviewStream(stream: StreamDescription, options: ReviewOptions = {}): ReviewResult {
  const { policy } = options;
  let rules: RuleResult[];
  if (policy) {
    const context: RuleContext = { thresholds: { ...DEFAULT_THRESHOLDS, ...policy.thresholds } };
    const now = options.now ?? new Date();
    rules = RULES.map((rule) => withPolicy(rule, stream, context, policy, now));
  } else {
    rules = RULES.map((rule) => runRule(rule, stream, DEFAULT_CONTEXT));
  }
  return { stream: stream.name, verdict: verdictOf(rules), rules, reminders: REMINDERS.slice() };
}
