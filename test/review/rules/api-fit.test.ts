import { describe, expect, it } from 'vitest';
import { apiFit } from '../../../src/review/rules/api-fit.js';
import { evaluate, keysAsked } from '../helpers.js';

const api = { connector: 'ingestion-api', apiPattern: 'streaming', schemaDefined: true };

describe('api-fit', () => {
  it.each(['s3', 'mulesoft', 'web-sdk'])('is n/a for %s', (connector) => {
    expect(evaluate(apiFit, { connector }).status).toBe('n/a');
  });

  it('passes a set-up Ingestion API stream', () => {
    expect(evaluate(apiFit, api).status).toBe('pass');
    expect(evaluate(apiFit, { ...api, apiPattern: 'bulk', changedRowsPerRun: 10 ** 9 }).status).toBe('pass');
  });

  it('needs info without apiPattern', () => {
    const outcome = evaluate(apiFit, { ...api, apiPattern: undefined });
    expect(outcome.status).toBe('needs-info');
    expect(keysAsked(outcome)).toEqual(['apiPattern']);
  });

  it('fails schemaDefined=false, even when apiPattern is missing', () => {
    const outcome = evaluate(apiFit, { ...api, schemaDefined: false, apiPattern: undefined });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain('before the first record');
  });

  it('asks whether the connector and schema exist when schemaDefined is left out, with apiPattern', () => {
    expect(keysAsked(evaluate(apiFit, { ...api, schemaDefined: undefined }))).toEqual(['schemaDefined']);
    const both = evaluate(apiFit, { ...api, schemaDefined: undefined, apiPattern: undefined });
    expect(both.status).toBe('needs-info');
    expect(keysAsked(both)).toEqual(['apiPattern', 'schemaDefined']);
  });

  it('warns streaming above 100,000 changed rows a run, not at 100,000', () => {
    const above = evaluate(apiFit, { ...api, changedRowsPerRun: 100_001 });
    expect(above.status).toBe('warn');
    expect(above.message).toContain('100,001 changed rows');
    expect(above.fix).toContain('apiPattern=bulk');
    expect(evaluate(apiFit, { ...api, changedRowsPerRun: 100_000 }).status).toBe('pass');
  });

  it('takes the streaming threshold from the thresholds', () => {
    expect(evaluate(apiFit, { ...api, changedRowsPerRun: 501 }, { streamingChangedRowsPerRun: 500 }).status).toBe('warn');
  });
});
