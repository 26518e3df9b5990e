import { describe, expect, it } from 'vitest';
import { connectorFirst } from '../../../src/review/rules/connector-first.js';
import { evaluate } from '../helpers.js';

describe('connector-first', () => {
  it('is n/a for a packaged connector', () => {
    expect(evaluate(connectorFirst, { connector: 's3', sourceSystem: 'salesforce' }).status).toBe('n/a');
  });

  it('is n/a without sourceSystem', () => {
    expect(evaluate(connectorFirst, { connector: 'ingestion-api' }).status).toBe('n/a');
  });

  it.each(['salesforce', 'marketing-cloud', 's3', 'gcs', 'azure-storage', 'snowflake', 'bigquery', 'databricks', 'redshift'])(
    'warns custom plumbing for %s, which has a packaged connector',
    (sourceSystem) => {
      for (const connector of ['ingestion-api', 'mulesoft', 'other']) {
        const outcome = evaluate(connectorFirst, { connector, sourceSystem });
        expect(outcome.status).toBe('warn');
        expect(outcome.message).toContain(connector);
      }
    },
  );

  it('names the packaged connector, reading everyday spellings', () => {
    const outcome = evaluate(connectorFirst, { connector: 'mulesoft', sourceSystem: 'Marketing Cloud' });
    expect(outcome.status).toBe('warn');
    expect(outcome.fix).toContain('marketing-cloud connector');
    expect(evaluate(connectorFirst, { connector: 'other', sourceSystem: 'Salesforce' }).fix).toContain('salesforce-crm');
  });

  it('passes a source system without a packaged connector', () => {
    expect(evaluate(connectorFirst, { connector: 'ingestion-api', sourceSystem: 'sap' }).status).toBe('pass');
    expect(evaluate(connectorFirst, { connector: 'ingestion-api', sourceSystem: 'toString' }).status).toBe('pass');
  });
});
