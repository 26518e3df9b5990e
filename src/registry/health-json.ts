import type { ObservedRun } from './stream-runs.js';

/** A stream's latest observed run as `streams list --json` shows it. */
export interface HealthJson {
  lastRefresh: string;
  lastRunStatus: string | null;
  rowsAdded: number | null;
  errorCode: string | null;
}

export function healthJson(run: ObservedRun | null | undefined): HealthJson | null {
  return run ? { lastRefresh: run.refreshedAt.toISOString(), lastRunStatus: run.status, rowsAdded: run.rowsAdded, errorCode: run.errorCode } : null;
}
