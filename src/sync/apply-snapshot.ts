import { describeFromOrg, type UnknownValue } from '../org/org-description.js';
import { storeOrgDescription } from '../org/store-org-description.js';
import type { RegistryDb } from '../registry/registry-db.js';
import { markGoneFromOrg, markSeenInOrg, storedStreams } from '../registry/org-streams.js';
import { recordRun } from '../registry/stream-runs.js';
import { observedRun } from './observed-run.js';
import type { OrgStream } from './org-stream.js';

/** What one sync changed in the registry, by stream name. */
export interface SyncChanges {
  added: string[];
  changed: string[];
  unchanged: number;
  removed: string[];
  /** Streams a sync had found gone that are back in the org. */
  restored: string[];
  /** Runs stored for the first time, or seen again with other values. */
  runsRecorded: number;
  unknown: UnknownValue[];
}

const byName = new Intl.Collator('en').compare;

/** Maps the org's streams onto the registry. Call inside the sync's write transaction. */
export async function applySnapshot(db: RegistryDb, streams: readonly OrgStream[], at: Date): Promise<SyncChanges> {
  const changes: SyncChanges = { added: [], changed: [], unchanged: 0, removed: [], restored: [], runsRecorded: 0, unknown: [] };
  const stored = await storedStreams(db);
  const present = new Set<number>();
  const now = at.getTime();
  for (const stream of [...streams].sort((a, b) => byName(a.name, b.name))) {
    const org = describeFromOrg(stream);
    changes.unknown.push(...org.unknown);
    const before = stored.get(stream.name);
    const upserted = await storeOrgDescription(db, org, before, now);
    if (upserted.change === 'new') changes.added.push(stream.name);
    else if (upserted.change === 'changed') changes.changed.push(stream.name);
    else changes.unchanged += 1;
    if (before?.removedAt !== null && before?.removedAt !== undefined) changes.restored.push(stream.name);
    present.add(upserted.id);
    const run = observedRun(stream);
    if (run && (await recordRun(db, upserted.id, run, now)) !== 'unchanged') changes.runsRecorded += 1;
  }
  // A few statements for every stream seen, not one each.
  await markSeenInOrg(db, [...present], now);
  changes.removed = await markGoneFromOrg(db, present, now);
  return changes;
}
