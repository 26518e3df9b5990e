import type { OrgFacts } from '../org/org-description.js';

/** One stream as the org describes it, from the Connect API, the DataStream query, or both. */
export interface OrgStream extends OrgFacts {
  label?: string | undefined;
  /** The Connect API's `lastRunStatus`. */
  lastRunStatus?: string | undefined;
  /** `DataStreamStatus` (ACTIVE, PROCESSING…). */
  streamStatus?: string | undefined;
  /** The run the DataStream query shows, when it shows a refresh time. */
  run?: OrgRun | undefined;
}

export interface OrgRun {
  refreshedAt: Date;
  importRunStatus?: string | undefined;
  rowsAdded?: number | undefined;
  totalRowsProcessed?: number | undefined;
  errorCode?: string | undefined;
}

/** What one source said: its streams, and notes for people (records skipped, values it lacked). */
export interface SourceReading {
  streams: OrgStream[];
  notes: string[];
}
