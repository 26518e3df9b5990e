import { describe, expect, it } from 'vitest';
import { freshness } from '../../../src/review/rules/freshness.js';
import { evaluate, keysAsked } from '../helpers.js';

describe('freshness', () => {
  it('passes when the schedule lands as fresh as the decision needs', () => {
    const outcome = evaluate(freshness, { schedule: 'hourly', decisionFreshness: 'hourly' });
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toContain('schedule=hourly');
    expect(outcome.fix).toBeUndefined();
  });

  it.each([
    [{ schedule: undefined }, ['schedule']],
    [{ decisionFreshness: undefined }, ['decisionFreshness']],
    [{ schedule: undefined, decisionFreshness: undefined }, ['schedule', 'decisionFreshness']],
  ])('needs info without %o', (changes, needs) => {
    const outcome = evaluate(freshness, changes);
    expect(outcome.status).toBe('needs-info');
    expect(keysAsked(outcome)).toEqual(needs);
    expect(outcome.message).toMatch(/\?/);
  });

  it('fails when the data lands after the decision, with a schedule this connector can run', () => {
    const outcome = evaluate(freshness, { schedule: 'daily', decisionFreshness: 'hourly' });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain('within the hour');
    expect(outcome.fix).toContain('schedule=hourly');
  });

  it('names paths that can stream when the connector cannot meet a realtime decision', () => {
    const outcome = evaluate(freshness, { schedule: 'hourly', decisionFreshness: 'realtime' });
    expect(outcome.status).toBe('fail');
    expect(outcome.fix).toContain('Ingestion API with apiPattern=streaming');
    expect(outcome.fix).toContain('Web or Mobile SDK');
  });

  it('suggests streaming to an Ingestion API bulk stream that is too slow', () => {
    const outcome = evaluate(freshness, { connector: 'ingestion-api', apiPattern: 'bulk', schedule: 'hourly', decisionFreshness: '15min' });
    expect(outcome.status).toBe('fail');
    expect(outcome.fix).toContain('apiPattern=streaming');
  });

  it('suggests live to a zero-copy stream behind a realtime decision', () => {
    const outcome = evaluate(freshness, { connector: 'snowflake', schedule: 'daily', decisionFreshness: 'realtime' });
    expect(outcome.status).toBe('fail');
    expect(outcome.fix).toContain('schedule=live');
  });

  it.each([
    ['s3', 'streaming', 'hourly'],
    ['gcs', '15min', 'hourly'],
    ['marketing-cloud', 'streaming', 'hourly'],
    ['snowflake', 'streaming', '15min'],
  ])('fails when %s cannot run schedule=%s', (connector, schedule, freshest) => {
    const outcome = evaluate(freshness, { connector, schedule, decisionFreshness: 'realtime' });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain(`cannot run schedule=${schedule}`);
    expect(outcome.message).toContain(freshest);
  });

  it('fails a schedule the connector cannot run even when the decision is unknown (a proven fail beats needs-info)', () => {
    const outcome = evaluate(freshness, { connector: 's3', schedule: 'streaming', decisionFreshness: undefined });
    expect(outcome.status).toBe('fail');
  });

  it('lets an Ingestion API stream without a stated pattern stream, and caps bulk at hourly', () => {
    expect(evaluate(freshness, { connector: 'ingestion-api', schedule: 'streaming', decisionFreshness: 'realtime' }).status).toBe('pass');
    const bulk = evaluate(freshness, { connector: 'ingestion-api', apiPattern: 'bulk', schedule: '15min', decisionFreshness: '15min' });
    expect(bulk.status).toBe('fail');
    expect(bulk.message).toContain('apiPattern=bulk');
  });

  it('fails live on a connector that is not zero copy, even without a decision', () => {
    const outcome = evaluate(freshness, { connector: 's3', schedule: 'live', decisionFreshness: undefined });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain('zero-copy');
  });

  it.each(['snowflake', 'bigquery', 'databricks', 'redshift'])('always passes live on %s', (connector) => {
    expect(evaluate(freshness, { connector, schedule: 'live', decisionFreshness: 'realtime' }).status).toBe('pass');
    expect(evaluate(freshness, { connector, schedule: 'live', decisionFreshness: undefined }).status).toBe('pass');
    expect(evaluate(freshness, { connector, schedule: 'live', decisionFreshness: 'weekly' }).status).toBe('pass');
  });

  it('warns two levels fresher than needed, not one', () => {
    expect(evaluate(freshness, { connector: 'ingestion-api', schedule: 'streaming', decisionFreshness: 'hourly' }).status).toBe('warn');
    expect(evaluate(freshness, { connector: 'ingestion-api', schedule: 'streaming', decisionFreshness: '15min' }).status).toBe('pass');
    expect(evaluate(freshness, { schedule: 'hourly', decisionFreshness: 'weekly' }).status).toBe('warn');
    expect(evaluate(freshness, { schedule: 'hourly', decisionFreshness: 'daily' }).status).toBe('pass');
  });

  it('warns with the schedule the decision needs as the fix', () => {
    const outcome = evaluate(freshness, { schedule: 'hourly', decisionFreshness: 'weekly' });
    expect(outcome.message).toContain('2 levels fresher');
    expect(outcome.fix).toContain('schedule=weekly');
  });

  it('takes the over-freshness gap from the thresholds', () => {
    const changes = { connector: 'ingestion-api', schedule: 'streaming', decisionFreshness: 'hourly' };
    expect(evaluate(freshness, changes, { overFreshnessGapLevels: 3 }).status).toBe('pass');
    expect(evaluate(freshness, { ...changes, decisionFreshness: 'daily' }, { overFreshnessGapLevels: 3 }).status).toBe('warn');
  });

  it('says the SDKs land in minutes, not seconds, when the decision is realtime', () => {
    const realtime = evaluate(freshness, { connector: 'web-sdk', schedule: 'streaming', decisionFreshness: 'realtime' });
    expect(realtime.status).toBe('pass');
    expect(realtime.message).toContain('within minutes');
    expect(realtime.message).toContain('up to an hour');
    expect(evaluate(freshness, { connector: 'mobile-sdk', schedule: 'streaming', decisionFreshness: '15min' }).message).not.toContain('up to an hour');
  });

  it('asks to confirm streaming eligibility on salesforce-crm', () => {
    const outcome = evaluate(freshness, { connector: 'salesforce-crm', schedule: 'streaming', decisionFreshness: 'realtime' });
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toMatch(/eligible/);
    expect(outcome.message).toContain('10–15 minutes');
  });

  it.each(['mulesoft', 'other'])('asks to confirm the flow on %s', (connector) => {
    expect(evaluate(freshness, { connector, schedule: 'streaming', decisionFreshness: 'realtime' }).message).toMatch(/depends on the flow: confirm/);
  });

  it('asks salesforce-crm to stream, confirming eligibility, for a realtime decision', () => {
    const outcome = evaluate(freshness, { connector: 'salesforce-crm', schedule: '15min', decisionFreshness: 'realtime' });
    expect(outcome.status).toBe('fail');
    expect(outcome.fix).toMatch(/^Set schedule=streaming \(salesforce-crm can run as often as streaming\)\. Note: .+eligible/);
  });
});
