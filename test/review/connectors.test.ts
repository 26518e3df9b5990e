import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONNECTOR_CAPABILITIES, FILE_BASED_CONNECTORS, freshestSchedule, packagedConnectorFor } from '../../src/review/connectors.js';
import { packageRoot } from '../../src/paths.js';
import { CONNECTORS } from '../../src/review/stream-description.js';

// The fact sheet lives beside the project (../shared/reference), not in it: checked where present.
const FACT_SHEET = join(packageRoot, '..', 'shared', 'reference', 'data360-facts.md');

describe('the connector table', () => {
  it('has an entry with a source for every connector', () => {
    expect(Object.keys(CONNECTOR_CAPABILITIES).sort()).toEqual([...CONNECTORS].sort());
    for (const capability of Object.values(CONNECTOR_CAPABILITIES)) expect(capability.sources.length).toBeGreaterThan(0);
  });

  it("matches the spec's freshest schedules", () => {
    const freshest = Object.fromEntries(CONNECTORS.map((c) => [c, freshestSchedule(c)]));
    expect(freshest).toEqual({
      'web-sdk': 'streaming',
      'mobile-sdk': 'streaming',
      'ingestion-api': 'streaming',
      'salesforce-crm': 'streaming',
      'marketing-cloud': 'hourly',
      s3: 'hourly',
      gcs: 'hourly',
      'azure-storage': 'hourly',
      mulesoft: 'streaming',
      other: 'streaming',
      snowflake: '15min',
      bigquery: '15min',
      databricks: '15min',
      redshift: '15min',
    });
    expect(freshestSchedule('ingestion-api', 'bulk')).toBe('hourly');
    expect(freshestSchedule('ingestion-api', 'streaming')).toBe('streaming');
  });

  it('knows which connectors are zero copy and file based', () => {
    expect(CONNECTORS.filter((c) => CONNECTOR_CAPABILITIES[c].zeroCopy)).toEqual(['snowflake', 'bigquery', 'databricks', 'redshift']);
    expect(FILE_BASED_CONNECTORS).toEqual(['s3', 'gcs', 'azure-storage']);
  });

  it('maps source systems to packaged connectors, and nothing else', () => {
    expect(packagedConnectorFor(' Amazon S3 ')).toBe('s3');
    expect(packagedConnectorFor('SALESFORCE')).toBe('salesforce-crm');
    expect(packagedConnectorFor('sap')).toBeUndefined();
    expect(packagedConnectorFor('constructor')).toBeUndefined();
  });

  it.runIf(existsSync(FACT_SHEET))('cites only pages the fact sheet lists', () => {
    const facts = readFileSync(FACT_SHEET, 'utf8');
    const urls = new Set(Object.values(CONNECTOR_CAPABILITIES).flatMap((c) => c.sources).filter((s) => s.startsWith('https://')));
    for (const url of urls) expect(facts, url).toContain(url);
  });
});
