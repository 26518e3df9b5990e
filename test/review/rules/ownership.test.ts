import { describe, expect, it } from 'vitest';
import { ownership } from '../../../src/review/rules/ownership.js';
import { evaluate, keysAsked } from '../helpers.js';

describe('ownership', () => {
  it('passes with an owner and alerting', () => {
    const outcome = evaluate(ownership, {});
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toContain('web-team');
  });

  it('asks who owns it when owner is left out', () => {
    const outcome = evaluate(ownership, { owner: undefined });
    expect(outcome.status).toBe('needs-info');
    expect(keysAsked(outcome)).toEqual(['owner']);
    expect(outcome.message).toMatch(/^Who is told when this stream breaks/);
  });

  it('asks whether a failed or empty run alerts someone when alerting is left out, saying why', () => {
    const outcome = evaluate(ownership, { alerting: undefined });
    expect(outcome.status).toBe('needs-info');
    expect(outcome.asks).toEqual([{ key: 'alerting', question: expect.stringContaining('quietly stops bringing rows'), choices: ['true', 'false'] }]);
  });

  it('asks both questions in one needs-info when both are left out', () => {
    const outcome = evaluate(ownership, { owner: undefined, alerting: undefined });
    expect(keysAsked(outcome)).toEqual(['owner', 'alerting']);
    expect(outcome.fix).toBe('Add owner=… and alerting=true|false to the description.');
  });

  it('fails alerting=false, explaining silent credential loss, even with the owner left out', () => {
    const outcome = evaluate(ownership, { alerting: false });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain('quietly stops bringing rows');
    expect(outcome.fix).toContain('web-team');
    expect(evaluate(ownership, { alerting: false, owner: undefined }).status).toBe('fail');
  });
});
