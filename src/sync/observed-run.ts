import { isFailedStatus } from '../landing/reasons.js';
import type { ObservedRun } from '../registry/stream-runs.js';
import type { OrgStream } from './org-stream.js';

/**
 * The run a sync saw, when the org gave its refresh time. The query's ImportRunStatus and the
 * Connect API's lastRunStatus describe the same last run; a failure in either is the status kept.
 */
export function observedRun(stream: OrgStream): ObservedRun | null {
  const run = stream.run;
  if (!run) return null;
  const statuses = [run.importRunStatus, stream.lastRunStatus].filter((status): status is string => status !== undefined);
  return {
    refreshedAt: run.refreshedAt,
    status: statuses.find(isFailedStatus) ?? statuses[0] ?? null,
    rowsAdded: run.rowsAdded ?? null,
    errorCode: run.errorCode ?? null,
  };
}
