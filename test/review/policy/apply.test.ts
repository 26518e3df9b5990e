import { describe, expect, it } from 'vitest';
import { reviewStream } from '../../../src/review/engine.js';
import { emptyPolicy, type Policy, type Waiver } from '../../../src/review/policy/policy.js';
import { streamWith } from '../helpers.js';

const NOW = new Date('2026-06-15T12:00:00Z');
// ownership fails (alerting=false); key warns (nobody checked uniqueness).
const STREAM = streamWith({ alerting: false, keyUnique: undefined });
const WAIVER: Waiver = { stream: 'Web orders', rule: 'ownership', reason: 'team forming', approver: 'Dana', expires: '2026-06-15' };

function policy(changes: Partial<Policy>): Policy {
  return { ...emptyPolicy('team.yaml'), ...changes };
}

function ruleOf(p: Policy, id: string) {
  const result = reviewStream(STREAM, { policy: p, now: NOW });
  return { rule: result.rules.find((r) => r.id === id)!, verdict: result.verdict, count: result.rules.filter((r) => r.id === id).length };
}

describe('team policy on a review', () => {
  it('turns a rule off: it appears once, as n/a, saying so', () => {
    const { rule, verdict, count } = ruleOf(policy({ severity: { ownership: 'off' } }), 'ownership');
    expect(count).toBe(1);
    expect(rule).toMatchObject({ status: 'n/a', message: 'This rule is turned off by team policy.' });
    expect(rule.fix).toBeUndefined();
    expect(verdict).toBe('ship-with-warnings');
  });

  it('caps a fail at warn, saying so', () => {
    const { rule, verdict } = ruleOf(policy({ severity: { ownership: 'warn' } }), 'ownership');
    expect(rule.status).toBe('warn');
    expect(rule.message).toContain('Capped at warn by team policy');
    expect(rule.fix).toBeDefined();
    expect(verdict).toBe('ship-with-warnings');
  });

  it('leaves warnings and passes alone under a cap', () => {
    expect(ruleOf(policy({ severity: { key: 'warn' } }), 'key').rule.message).not.toContain('team policy');
  });

  it('reports a waived fail as warn, with who, until when and why, through its expiry day', () => {
    const { rule, verdict } = ruleOf(policy({ waivers: [WAIVER] }), 'ownership');
    expect(rule.status).toBe('warn');
    expect(rule.message).toContain('waived by Dana until 2026-06-15: team forming');
    expect(verdict).toBe('ship-with-warnings');
  });

  it('ignores an expired waiver and says so', () => {
    const { rule, verdict } = ruleOf(policy({ waivers: [{ ...WAIVER, expires: '2026-06-14' }] }), 'ownership');
    expect(rule.status).toBe('fail');
    expect(rule.message).toContain('A waiver by Dana expired on 2026-06-14 and is ignored');
    expect(verdict).toBe('do-not-ship');
  });

  it('uses the latest waiver when there are several', () => {
    const waivers = [{ ...WAIVER, expires: '2026-01-01', approver: 'Old' }, WAIVER];
    expect(ruleOf(policy({ waivers }), 'ownership').rule.message).toContain('waived by Dana');
  });

  it('waives only the named stream and rule', () => {
    expect(ruleOf(policy({ waivers: [{ ...WAIVER, stream: 'Other' }] }), 'ownership').rule.status).toBe('fail');
    expect(ruleOf(policy({ waivers: [{ ...WAIVER, rule: 'key' }] }), 'ownership').rule.status).toBe('fail');
  });

  it('an expired waiver still falls under a cap', () => {
    const { rule } = ruleOf(policy({ severity: { ownership: 'warn' }, waivers: [{ ...WAIVER, expires: '2026-01-01' }] }), 'ownership');
    expect(rule.status).toBe('warn');
    expect(rule.message).toMatch(/expired on 2026-01-01.+Capped at warn/);
  });
});
