import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONNECTOR_CAPABILITIES, FILE_BASED_CONNECTORS, freshestSchedule, packagedConnectorFor } from '../../src/review/connectors.js';
import { packageRoot } from '../../src/paths.js';
import { CONNECTORS } from '../../src/review/stream-description.js';

const RULES_DOC = readFileSync(join(packageRoot, 'docs', 'rules.md'), 'utf8');

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

  it("cites only pages docs/rules.md lists as sources, or that page's own connector table", () => {
    const sourceList = RULES_DOC.slice(RULES_DOC.indexOf('\nSources:\n'));
    for (const source of new Set(Object.values(CONNECTOR_CAPABILITIES).flatMap((c) => c.sources))) {
      if (source.startsWith('https://')) expect(sourceList, source).toMatch(new RegExp(`^\\d+\\. ${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — `, 'm'));
      else expect(source).toBe('docs/rules.md#connectors-the-schedules-each-can-run');
    }
    expect(RULES_DOC).toContain('\n## Connectors: the schedules each can run\n');
  });
});
