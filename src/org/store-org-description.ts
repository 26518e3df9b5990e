import type { DescribedStream } from '../registry/described-stream.js';
import type { RegistryDb } from '../registry/registry-db.js';
import type { StoredStream } from '../registry/org-streams.js';
import { upsertStream, type UpsertedStream } from '../registry/streams.js';
import { mergeDescription } from './merge-description.js';
import type { OrgDescription } from './org-description.js';

/**
 * Stores what the org says of a stream over its stored description (what the org cannot tell is
 * kept). A description that changes makes a reviewed stream `changed-since-review`, as any edit
 * does. Call inside a write transaction.
 */
export function storeOrgDescription(db: RegistryDb, org: OrgDescription, stored: StoredStream | undefined, at: number): Promise<UpsertedStream> {
  const merged = mergeDescription(stored?.description, org);
  // Stored descriptions and the org's mapped values are both valid description values.
  return upsertStream(db, merged as DescribedStream, at, stored ?? null);
}
