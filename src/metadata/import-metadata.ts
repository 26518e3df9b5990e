import { describeFromOrg, type UnknownValue } from '../org/org-description.js';
import { storeOrgDescription } from '../org/store-org-description.js';
import type { OrgFacts } from '../org/org-description.js';
import type { RegistryDb } from '../registry/open-registry.js';
import { storedStreams } from '../registry/org-streams.js';
import type { StreamChange } from '../registry/streams.js';

export type MetadataImportSummary = Record<StreamChange, number> & { total: number; unknown: UnknownValue[] };

/**
 * Stores what stream metadata says over each stream's stored description, in one write
 * transaction. What metadata cannot tell (owner, uses, decision freshness…) is kept.
 */
export function importMetadataStreams(db: RegistryDb, streams: readonly OrgFacts[], at: Date = new Date()): MetadataImportSummary {
  const summary: MetadataImportSummary = { total: streams.length, new: 0, changed: 0, unchanged: 0, unknown: [] };
  db.transaction(() => {
    const stored = storedStreams(db);
    for (const facts of streams) {
      const org = describeFromOrg(facts);
      summary.unknown.push(...org.unknown);
      summary[storeOrgDescription(db, org, stored.get(facts.name), at.getTime()).change] += 1;
    }
  }).immediate();
  return summary;
}
