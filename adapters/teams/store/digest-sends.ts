import type { RegistryDb } from '../../../src/registry/open-registry.js';
import { statement } from '../../../src/registry/statements.js';

/**
 * What became of one digest post to one Teams conversation, written as it happens: `sending`
 * before the request to the Bot Connector, then `sent` with the activity id it returned, or
 * `rejected` when it answered with an error (nothing was posted). A row left at `sending` means
 * the answer was lost (a crash, a dropped connection): the post may or may not be in Teams.
 */
export type SendState = 'sending' | 'sent' | 'rejected';

export interface SendRecord {
  state: SendState;
  activityId: string | null;
}

export interface SendKey {
  destination: string;
  day: string;
}

function write(db: RegistryDb, key: SendKey, state: SendState, activityId: string | null, at: Date): void {
  statement(
    db,
    `INSERT INTO teams_digest_sends (destination, day, state, activity_id, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (destination, day) DO UPDATE SET state = excluded.state, activity_id = excluded.activity_id, updated_at = excluded.updated_at`,
  ).run(key.destination, key.day, state, activityId, at.getTime());
}

export const markSending = (db: RegistryDb, key: SendKey, at: Date): void => write(db, key, 'sending', null, at);
export const markSent = (db: RegistryDb, key: SendKey, activityId: string, at: Date): void => write(db, key, 'sent', activityId, at);
export const markRejected = (db: RegistryDb, key: SendKey, at: Date): void => write(db, key, 'rejected', null, at);

export function sendRecord(db: RegistryDb, key: SendKey): SendRecord | null {
  const row = statement(db, 'SELECT state, activity_id FROM teams_digest_sends WHERE destination = ? AND day = ?').get(key.destination, key.day) as
    | { state: SendState; activity_id: string | null }
    | undefined;
  return row ? { state: row.state, activityId: row.activity_id } : null;
}

/** Forgets posts older than `before`: only today's row is ever read back. */
export function pruneSends(db: RegistryDb, before: Date): number {
  return statement(db, 'DELETE FROM teams_digest_sends WHERE updated_at < ?').run(before.getTime()).changes;
}
