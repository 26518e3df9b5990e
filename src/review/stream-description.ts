/**
 * A Data Stream description: the input of `/ingest-review` (docs/rules.md#inputs).
 * The allowed values live here once; the schema, the input catalogue and the rules read them.
 */

export const CONNECTORS = [
  'salesforce-crm',
  'marketing-cloud',
  's3',
  'gcs',
  'azure-storage',
  'web-sdk',
  'mobile-sdk',
  'ingestion-api',
  'mulesoft',
  'snowflake',
  'bigquery',
  'databricks',
  'redshift',
  'other',
] as const;
export type Connector = (typeof CONNECTORS)[number];

export const API_PATTERNS = ['streaming', 'bulk'] as const;
export type ApiPattern = (typeof API_PATTERNS)[number];

export const CATEGORIES = ['profile', 'engagement', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const DATA_SHAPES = ['entity', 'event', 'reference'] as const;
export type DataShape = (typeof DATA_SHAPES)[number];

export const REFRESH_MODES = ['full-refresh', 'upsert', 'incremental'] as const;
export type RefreshMode = (typeof REFRESH_MODES)[number];

export const DELETE_STORIES = [
  'none',
  'full-refresh-absence',
  'api-delete',
  'delete-file',
  'soft-delete-flag',
  'periodic-full-refresh',
] as const;
export type DeleteStory = (typeof DELETE_STORIES)[number];

export const SCHEDULES = ['streaming', '15min', 'hourly', 'daily', 'weekly', 'monthly', 'live'] as const;
export type Schedule = (typeof SCHEDULES)[number];

export const DECISION_FRESHNESS = ['realtime', '15min', 'hourly', 'daily', 'weekly'] as const;
export type DecisionFreshness = (typeof DECISION_FRESHNESS)[number];

export const USES = [
  'segmentation',
  'activation',
  'calculated-insights',
  'identity-resolution',
  'data-graph',
  'agent-grounding',
  'analytics',
] as const;
/** A named downstream use, or `other:TEXT` for anything else. */
export type Use = (typeof USES)[number] | `other:${string}`;

export interface StreamDescription {
  name: string;
  connector: Connector;
  apiPattern?: ApiPattern;
  sourceSystem?: string;
  category: Category;
  dataShape?: DataShape;
  eventTimeField?: string;
  refreshMode: RefreshMode;
  /** Normalised: trimmed, de-duplicated and sorted, so the order it was written in never matters. */
  primaryKey?: string[];
  keyUnique?: boolean;
  deletes?: DeleteStory;
  schedule?: Schedule;
  decisionFreshness?: DecisionFreshness;
  sourceRows?: number;
  changedRowsPerRun?: number;
  /** Normalised like `primaryKey`. */
  uses?: Use[];
  fields?: number;
  mappedFields?: number;
  owner?: string;
  alerting?: boolean;
  schemaDefined?: boolean;
  costApproved?: boolean;
}

export type InputKey = keyof StreamDescription;

/** The keys a review cannot start without; the CLI exits 2 naming any that are missing. */
export const REQUIRED_KEYS = ['name', 'connector', 'category', 'refreshMode'] as const satisfies readonly InputKey[];

/** A description being filled in by a chat flow: every key optional, every given value valid. */
export type PartialStreamDescription = Partial<StreamDescription>;
