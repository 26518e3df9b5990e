import type { RuleId } from '../rule-ids.js';
import type { RuleResult } from '../types.js';
import type { Policy, Waiver } from './policy.js';

/** `true` when the team turned the rule off: it is reported as n/a and not run. */
export function isTurnedOff(policy: Policy | undefined, id: RuleId): boolean {
  return policy?.severity[id] === 'off';
}

export function turnedOff(): Pick<RuleResult, 'status' | 'message'> {
  return { status: 'n/a', message: 'This rule is turned off by team policy.' };
}

/** The latest-expiring waiver for this stream and rule that is still valid, else the latest expired one. */
function findWaiver(policy: Policy, stream: string, id: RuleId, today: string): { waiver: Waiver; valid: boolean } | undefined {
  const matching = policy.waivers.filter((w) => w.stream === stream && w.rule === id).sort((a, b) => b.expires.localeCompare(a.expires));
  const latest = matching[0];
  return latest ? { waiver: latest, valid: latest.expires >= today } : undefined;
}

/**
 * A team policy on one rule's result: a valid waiver turns a fail into a warn that says who
 * waived it until when and why; an expired waiver is ignored and said so; a `warn` severity caps
 * a fail at warn. Only fails are changed.
 */
export function applyPolicy(id: RuleId, result: RuleResult, stream: string, policy: Policy | undefined, now: Date): RuleResult {
  if (!policy || result.status !== 'fail') return result;
  const found = findWaiver(policy, stream, id, now.toISOString().slice(0, 10));
  if (found?.valid) {
    const { approver, expires, reason } = found.waiver;
    return { ...result, status: 'warn', message: `${result.message} (This fail is waived by ${approver} until ${expires}: ${reason})` };
  }
  const expired = found ? ` (A waiver by ${found.waiver.approver} expired on ${found.waiver.expires} and is ignored.)` : '';
  if (policy.severity[id] === 'warn') {
    return { ...result, status: 'warn', message: `${result.message}${expired} (Capped at warn by team policy.)` };
  }
  return { ...result, message: `${result.message}${expired}` };
}
