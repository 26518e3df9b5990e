import type { OrgDescription } from './org-description.js';

/** Schedules a frequency of NONE contradicts. `streaming` and `live` land without a batch frequency, so NONE leaves them. */
const BATCH_SCHEDULES: ReadonlySet<unknown> = new Set(['15min', 'hourly', 'daily', 'weekly', 'monthly']);

/**
 * The stream's description after what the org says: the org's keys replace the stored ones, and
 * every key the org cannot tell (decision freshness, owner, alerting, uses, key uniqueness…) is
 * kept from the stored description of the same name, never erased.
 */
export function mergeDescription(stored: Readonly<Record<string, unknown>> | undefined, org: OrgDescription): Record<string, unknown> & { name: string } {
  const merged: Record<string, unknown> & { name: string } = { ...stored, ...org.told };
  if (org.noSchedule && BATCH_SCHEDULES.has(merged.schedule)) delete merged.schedule;
  return merged;
}
