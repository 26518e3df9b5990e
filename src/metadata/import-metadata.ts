import { describeFromOrg, type UnknownValue } from '../org/org-description.js';
import { storeOrgDescription } from '../org/store-org-description.js';
import type { OrgFacts } from '../org/org-description.js';
import type { RegistryDb } from '../registry/registry-db.js';
import { inWriteTransaction } from '../registry/transactions.js';
import { storedStreams } from '../registry/org-streams.js';
import type { StreamChange } from '../registry/streams.js';

export type MetadataImportSummary = Record<StreamChange, number> & { total: number; unknown: UnknownValue[] };

/**
 * Stores what stream metadata says over each stream's stored description, in one write
 * transaction. What metadata cannot tell (owner, uses, decision freshness…) is kept.
 */
export async function importMetadataStreams(db: RegistryDb, streams: readonly OrgFacts[], at: Date = new Date()): Promise<MetadataImportSummary> {
  const summary: MetadataImportSummary = { total: streams.length, new: 0, changed: 0, unchanged: 0, unknown: [] };
  await inWriteTransaction(db, async (trx) => {
    const stored = await storedStreams(trx);
    for (const facts of streams) {
      const org = describeFromOrg(facts);
      summary.unknown.push(...org.unknown);
      summary[(await storeOrgDescription(trx, org, stored.get(facts.name), at.getTime())).change] += 1;
    }
  });
  return summary;
}
