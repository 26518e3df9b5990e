import type { Connector } from '../review/stream-description.js';

/**
 * The org's connector type names (the Connect API's `connectorType`, the metadata's
 * `dataConnectorType`) and the review's connector each stands for. Keys are the names in lower
 * case without separators, so `BIG_QUERY`, `BigQuery` and `bigquery` read alike.
 */
const BY_TYPE: Readonly<Record<string, Connector>> = {
  salesforcedotcom: 'salesforce-crm',
  sfdc: 'salesforce-crm',
  salesforcecrm: 'salesforce-crm',
  s3: 's3',
  amazons3: 's3',
  // The metadata's own spellings of the same connectors.
  awss3: 's3',
  azureblob: 'azure-storage',
  salesforcemarketingcloud: 'marketing-cloud',
  googlecloudstorage: 'gcs',
  gcs: 'gcs',
  azurestorage: 'azure-storage',
  azureblobstorage: 'azure-storage',
  ingestapi: 'ingestion-api',
  ingestionapi: 'ingestion-api',
  marketingcloud: 'marketing-cloud',
  snowflake: 'snowflake',
  bigquery: 'bigquery',
  databricks: 'databricks',
  redshift: 'redshift',
  webmobileapps: 'web-sdk',
  websdk: 'web-sdk',
  mobilesdk: 'mobile-sdk',
};

export type ConnectorReading = { connector: Connector; known: true } | { connector: 'other'; sourceSystem: string; known: false };

/** The review's connector for an org connector type; an unknown one is `other`, its name kept as the source system. */
export function readConnectorType(raw: string): ConnectorReading {
  const connector = BY_TYPE[raw.toLowerCase().replace(/[^a-z0-9]/g, '')];
  return connector ? { connector, known: true } : { connector: 'other', sourceSystem: raw, known: false };
}
