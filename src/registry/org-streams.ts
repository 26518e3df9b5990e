import type { RegistryDb } from './open-registry.js';
import { statement } from './statements.js';
import type { StoredPrint } from './streams.js';

/** A stream as stored, with where it stands in the org: what a sync or a metadata import merges into. */
export interface StoredStream extends StoredPrint {
  /** The stored description (the keys of ingest-review.md), as stored: validate before use. */
  description: Record<string, unknown>;
  /** When a sync last found it in the org (null: never synced). */
  orgSeenAt: number | null;
  removedAt: number | null;
}

type Row = [string, number, string, string, number | null, number | null];

/** Every stored stream by name. */
export function storedStreams(db: RegistryDb): Map<string, StoredStream> {
  const rows = statement(db, 'SELECT name, id, fingerprint, description, org_seen_at, removed_at FROM streams').raw(true).all() as Row[];
  return new Map(rows.map(([name, id, fingerprint, description, orgSeenAt, removedAt]) => [name, { id, fingerprint, description: JSON.parse(description) as Record<string, unknown>, orgSeenAt, removedAt }]));
}

/** Notes that a sync found the stream in the org; a stream found again is no longer removed. */
export function markSeenInOrg(db: RegistryDb, streamId: number, at: number): void {
  statement(db, 'UPDATE streams SET org_seen_at = ?, removed_at = NULL WHERE id = ?').run(at, streamId);
}

/**
 * Marks removed (never deletes) every stream an earlier sync found in the org that this one did
 * not. Streams that never came from the org (a YAML import, a review) are not the org's to remove.
 * Returns their names. Call inside the sync's write transaction.
 */
export function markGoneFromOrg(db: RegistryDb, present: ReadonlySet<number>, at: number): string[] {
  const candidates = statement(db, 'SELECT id, name FROM streams WHERE org_seen_at IS NOT NULL AND removed_at IS NULL').raw(true).all() as Array<[number, string]>;
  const gone = candidates.filter(([id]) => !present.has(id));
  for (const [id] of gone) statement(db, 'UPDATE streams SET removed_at = ? WHERE id = ?').run(at, id);
  return gone.map(([, name]) => name);
}

/** A stream in use that a sync has seen run, with what judging its landing needs. */
export interface SyncedStream {
  id: number;
  name: string;
  connector: string | null;
  owner: string | null;
  description: Record<string, unknown>;
}

/** The streams still in use that have at least one observed run. */
export function streamsWithRuns(db: RegistryDb): SyncedStream[] {
  const rows = statement(
    db,
    'SELECT s.id, s.name, s.connector, s.owner, s.description FROM streams s WHERE s.removed_at IS NULL AND EXISTS (SELECT 1 FROM stream_runs r WHERE r.stream_id = s.id)',
  ).raw(true).all() as Array<[number, string, string | null, string | null, string]>;
  return rows.map(([id, name, connector, owner, description]) => ({ id, name, connector, owner, description: JSON.parse(description) as Record<string, unknown> }));
}
