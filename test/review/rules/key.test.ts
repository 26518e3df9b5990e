import { describe, expect, it } from 'vitest';
import { key } from '../../../src/review/rules/key.js';
import { evaluate, keysAsked } from '../helpers.js';

describe('key', () => {
  it('passes a named key checked unique', () => {
    const outcome = evaluate(key, {});
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toContain('order_id');
  });

  it.each([undefined, []])('asks for a primaryKey left out (%o) instead of failing', (primaryKey) => {
    const outcome = evaluate(key, { primaryKey });
    expect(outcome.status).toBe('needs-info');
    expect(keysAsked(outcome)).toEqual(['primaryKey']);
    expect(outcome.message).toMatch(/^Which field \(or fields\) identify one row\? Every Data Stream needs a primary key/);
    expect(outcome.fix).toContain('formula field');
  });

  it('says "upsert is keyed on it" only for an upsert stream', () => {
    expect(evaluate(key, { primaryKey: undefined, refreshMode: 'upsert' }).message).toContain('upsert is keyed on it');
    for (const refreshMode of ['incremental', 'full-refresh']) {
      const outcome = evaluate(key, { primaryKey: undefined, refreshMode });
      expect(outcome.message, refreshMode).not.toContain('upsert is keyed');
      expect(outcome.message, refreshMode).toContain(refreshMode === 'incremental' ? 'incremental run updates' : 'a full refresh reloads every row');
    }
  });

  it('asks for the key before judging a keyUnique=false that names no key', () => {
    expect(evaluate(key, { primaryKey: undefined, keyUnique: false }).status).toBe('needs-info');
  });

  it.each(['upsert', 'incremental'])('fails a key known not unique with %s', (refreshMode) => {
    const outcome = evaluate(key, { keyUnique: false, refreshMode });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain('overwrite each other silently');
  });

  it('warns about a key known not unique with full-refresh', () => {
    expect(evaluate(key, { keyUnique: false, refreshMode: 'full-refresh' }).status).toBe('warn');
  });

  it.each(['upsert', 'incremental', 'full-refresh'])('warns when nobody checked uniqueness, with %s', (refreshMode) => {
    const outcome = evaluate(key, { keyUnique: undefined, refreshMode, primaryKey: ['order_id', 'line_no'] });
    expect(outcome.status).toBe('warn');
    expect(outcome.fix).toContain('count(distinct order_id + line_no)');
  });

  it.each([['customer_id'], ['CONTACT_ID'], ['Email'], ['accountId'], ['subscriber-key'], ['user_id', 'lead_id'], ['individual_id']])(
    'warns that event data keyed on person identifiers %o overwrites',
    (...primaryKey) => {
      const outcome = evaluate(key, { dataShape: 'event', primaryKey });
      expect(outcome.status).toBe('warn');
      expect(outcome.message).toContain('every event of the same person');
      expect(outcome.fix).toContain('ordered_at');
    },
  );

  it('does not warn when a person key is combined with an event field, or the data is not events', () => {
    expect(evaluate(key, { dataShape: 'event', primaryKey: ['customer_id', 'ordered_at'] }).status).toBe('pass');
    expect(evaluate(key, { dataShape: 'entity', category: 'profile', primaryKey: ['customer_id'] }).status).toBe('pass');
  });

  it('lists several warnings in one warn', () => {
    const outcome = evaluate(key, { dataShape: 'event', primaryKey: ['email'], keyUnique: undefined });
    expect(outcome.status).toBe('warn');
    expect(outcome.message).toMatch(/^2 warnings: \(1\) .+ \(2\) /);
    expect(outcome.fix).toMatch(/^\(1\) .+ \(2\) /);
  });

  it('lets a fail win over warnings', () => {
    expect(evaluate(key, { dataShape: 'event', primaryKey: ['email'], keyUnique: false }).status).toBe('fail');
  });
});
