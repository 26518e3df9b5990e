import type { LandingSchedule } from './freshness-levels.js';
import { CONNECTORS, type ApiPattern, type Connector } from './stream-description.js';

/**
 * What each connector can do, in one place. Every entry names its source: a Salesforce page,
 * or our own connector table (docs/rules.md, "Connectors") where the public documentation gives
 * no number. docs/rules.md lists every page cited here and the table agrees (a test checks both).
 */
export interface ConnectorCapability {
  /** The freshest schedule it can land at; it can run anything staler too. */
  freshest: LandingSchedule;
  /** Can query the source in place (`schedule: live`). */
  zeroCopy: boolean;
  /** Reads files from cloud storage: upsert or full refresh, deletes by deletion file. */
  fileBased: boolean;
  /** Salesforce does not bill its rows as ingested rows (the Internal Data Pipeline). */
  internalPipeline: boolean;
  /** What a review should tell the person about how fresh it really is. */
  freshnessCaveat?: { when: 'realtime-decision' | 'streaming-schedule' | 'always'; text: string };
  sources: string[];
}

const help = (id: string): string => `https://help.salesforce.com/s/articleView?id=${id}&language=en_US&type=5`;
const TABLE = 'docs/rules.md#connectors-the-schedules-each-can-run';
const BILLING = 'https://help.salesforce.com/apex/HTViewHelpDoc?id=data.c360_a_billing_considerations_for_data_ingestion.htm';
const FILE_MODES = help('data.c360_a_data_stream_edit_settings.htm');
const FEDERATION = help('data.c360_a_byol_data_federation.htm');
const SDK = 'https://developer.salesforce.com/docs/data/data-cloud-int/guide/c360-a-mobile-web-datastream.html';

const batch = { zeroCopy: false, fileBased: false, internalPipeline: false };
const files: Omit<ConnectorCapability, 'sources'> = { ...batch, freshest: 'hourly', fileBased: true };
const zeroCopy: ConnectorCapability = { ...batch, freshest: '15min', zeroCopy: true, sources: [FEDERATION, TABLE] };
const sdk: ConnectorCapability = {
  ...batch,
  freshest: 'streaming',
  freshnessCaveat: {
    when: 'realtime-decision',
    text: 'Salesforce documents the Web and Mobile SDKs landing engagement events within minutes and profile data within up to an hour, not seconds',
  },
  sources: [SDK],
};
const flow: ConnectorCapability = {
  ...batch,
  freshest: 'streaming',
  freshnessCaveat: { when: 'always', text: 'how fresh a custom flow lands depends on the flow: confirm it really runs this often' },
  sources: ['https://docs.mulesoft.com/salesforce-data-cloud-connector/latest', TABLE],
};

export const CONNECTOR_CAPABILITIES: Readonly<Record<Connector, ConnectorCapability>> = {
  'salesforce-crm': {
    ...batch,
    freshest: 'streaming',
    internalPipeline: true,
    freshnessCaveat: {
      when: 'streaming-schedule',
      text: 'Salesforce CRM streams only objects eligible for streaming mode (others are polled in batch every 10–15 minutes): confirm this object is eligible',
    },
    sources: [help('data.c360_a_crm_connector_streaming.htm'), BILLING],
  },
  // Salesforce publishes no latency for Marketing Cloud bundles; hourly is our planning figure.
  'marketing-cloud': { ...batch, freshest: 'hourly', internalPipeline: true, sources: [TABLE, BILLING] },
  s3: {
    ...files,
    sources: ['https://developer.salesforce.com/docs/atlas.en-us.c360a_api.meta/c360a_api/c360a_api_post_amazon_s3_data_stream.htm', FILE_MODES],
  },
  gcs: { ...files, sources: [FILE_MODES, TABLE] },
  'azure-storage': { ...files, sources: [FILE_MODES, TABLE] },
  'web-sdk': sdk,
  'mobile-sdk': sdk,
  'ingestion-api': {
    ...batch,
    freshest: 'streaming',
    sources: [
      'https://developer.salesforce.com/docs/atlas.en-us.c360a_api.meta/c360a_api/c360a_api_streaming_ingestion.htm',
      'https://developer.salesforce.com/docs/atlas.en-us.c360a_api.meta/c360a_api/c360a_api_bulk_ingestion.htm',
    ],
  },
  mulesoft: flow,
  snowflake: zeroCopy,
  bigquery: zeroCopy,
  databricks: zeroCopy,
  redshift: zeroCopy,
  other: flow,
};

/** Bulk jobs of the Ingestion API land at best hourly; streaming (or an unstated pattern) can stream. */
export function freshestSchedule(connector: Connector, apiPattern?: ApiPattern): LandingSchedule {
  if (connector === 'ingestion-api' && apiPattern === 'bulk') return 'hourly';
  return CONNECTOR_CAPABILITIES[connector].freshest;
}

export const FILE_BASED_CONNECTORS: readonly Connector[] = CONNECTORS.filter((connector) => CONNECTOR_CAPABILITIES[connector].fileBased);

/**
 * Source systems a packaged connector already reaches, with the connector to use. The spec's
 * list, plus the everyday names people write for the same systems.
 */
const PACKAGED: Readonly<Record<string, Connector>> = {
  salesforce: 'salesforce-crm',
  'salesforce-crm': 'salesforce-crm',
  crm: 'salesforce-crm',
  sfdc: 'salesforce-crm',
  'marketing-cloud': 'marketing-cloud',
  'marketing-cloud-engagement': 'marketing-cloud',
  s3: 's3',
  'amazon-s3': 's3',
  'aws-s3': 's3',
  gcs: 'gcs',
  'google-cloud-storage': 'gcs',
  'azure-storage': 'azure-storage',
  'azure-blob-storage': 'azure-storage',
  snowflake: 'snowflake',
  bigquery: 'bigquery',
  'google-bigquery': 'bigquery',
  databricks: 'databricks',
  redshift: 'redshift',
  'amazon-redshift': 'redshift',
};

/** The packaged connector for a source system, if there is one (`Marketing Cloud` → `marketing-cloud`). */
export function packagedConnectorFor(sourceSystem: string): Connector | undefined {
  const folded = sourceSystem.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return Object.hasOwn(PACKAGED, folded) ? PACKAGED[folded] : undefined;
}
