/** The numbers the rules judge by: the spec's defaults, which a team policy may override. */
export interface Thresholds {
  /** `full-refresh-cost` warns above this many rows processed a month. */
  fullRefreshWarnRowsPerMonth: number;
  /** `full-refresh-cost` fails above this many rows processed a month (unless the cost is approved). */
  fullRefreshFailRowsPerMonth: number;
  /** Below this share of changed rows per run, a full refresh's fix recommends upsert. */
  upsertChangeRatio: number;
  /** Batch Data Pipeline credits per million rows processed, for the cost estimate. */
  creditsPerMillionRows: number;
  /** `freshness` warns when the schedule is this many levels fresher than the decision needs. */
  overFreshnessGapLevels: number;
  /** `api-fit` warns when a streaming Ingestion API stream changes more rows than this per run. */
  streamingChangedRowsPerRun: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  fullRefreshWarnRowsPerMonth: 30_000_000,
  fullRefreshFailRowsPerMonth: 300_000_000,
  upsertChangeRatio: 0.1,
  // The Batch Data Pipeline multiplier of Salesforce's Data Services rate sheet (docs/rules.md#thresholds).
  creditsPerMillionRows: 2_000,
  overFreshnessGapLevels: 2,
  streamingChangedRowsPerRun: 100_000,
});
