import { describe, expect, it } from 'vitest';
import { ownership } from '../../../src/review/rules/ownership.js';
import { evaluate } from '../helpers.js';

describe('ownership', () => {
  it('passes with an owner and alerting', () => {
    const outcome = evaluate(ownership, {});
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toContain('web-team');
  });

  it('fails without an owner', () => {
    expect(evaluate(ownership, { owner: undefined }).message).toContain('No owner');
  });

  it.each([undefined, false])('fails with alerting %s, explaining silent credential loss', (alerting) => {
    const outcome = evaluate(ownership, { alerting });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain('quietly stops bringing rows');
    expect(outcome.fix).toContain('web-team');
  });

  it('lists both fails in one', () => {
    const outcome = evaluate(ownership, { owner: undefined, alerting: undefined });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toMatch(/^2 problems: \(1\) No owner.+\(2\) No alerting/);
  });
});
