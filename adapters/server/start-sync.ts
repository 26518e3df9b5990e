import type { DigestConfig } from '../../src/config/digest-config.js';
import type { Env } from '../../src/config/load-env.js';
import { salesforceConfig, salesforceConfigured } from '../../src/config/salesforce-config.js';
import { syncCron } from '../../src/config/sync-config.js';
import type { SyncService } from '../../src/schedule/sync-service.js';
import { syncTimes } from '../../src/schedule/sync-times.js';

/** What /healthz says of the org sync. */
export type SyncHealth = 'off' | { lastRun: string | null; outcome: 'ok' | 'failed' | null; detail: string | null; nextRun: string | null };

/** The settings `serve` syncs the org with, checked at start-up; null when no SF_* credential is set. */
export function syncSettings(env: Env, digest: DigestConfig) {
  if (!salesforceConfigured(env)) return null;
  return { salesforce: salesforceConfig(env), times: syncTimes({ syncCron: syncCron(env), digestCron: digest.cron, timeZone: digest.timeZone }) };
}

export async function syncHealth(service: SyncService | null): Promise<SyncHealth> {
  if (!service) return 'off';
  // Health is answered even when the registry is not: the sync's part says it could not be read.
  const last = await service.lastSync().catch(() => undefined);
  if (last === undefined) return { lastRun: null, outcome: null, detail: 'the registry did not answer', nextRun: service.schedule.nextRun()?.toISOString() ?? null };
  return { lastRun: last?.finishedAt.toISOString() ?? null, outcome: last?.outcome ?? null, detail: last?.detail ?? null, nextRun: service.schedule.nextRun()?.toISOString() ?? null };
}
