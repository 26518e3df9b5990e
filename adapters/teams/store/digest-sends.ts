import type { RegistryDb } from '../../../src/registry/registry-db.js';

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

async function write(db: RegistryDb, key: SendKey, state: SendState, activityId: string | null, at: Date): Promise<void> {
  await db
    .insertInto('teams_digest_sends')
    .values({ destination: key.destination, day: key.day, state, activity_id: activityId, updated_at: at.getTime() })
    .onConflict((conflict) =>
      conflict.columns(['destination', 'day']).doUpdateSet((eb) => ({ state: eb.ref('excluded.state'), activity_id: eb.ref('excluded.activity_id'), updated_at: eb.ref('excluded.updated_at') })),
    )
    .execute();
}

export const markSending = (db: RegistryDb, key: SendKey, at: Date): Promise<void> => write(db, key, 'sending', null, at);
export const markSent = (db: RegistryDb, key: SendKey, activityId: string, at: Date): Promise<void> => write(db, key, 'sent', activityId, at);
export const markRejected = (db: RegistryDb, key: SendKey, at: Date): Promise<void> => write(db, key, 'rejected', null, at);

export async function sendRecord(db: RegistryDb, key: SendKey): Promise<SendRecord | null> {
  const row = await db.selectFrom('teams_digest_sends').select(['state', 'activity_id']).where('destination', '=', key.destination).where('day', '=', key.day).executeTakeFirst();
  return row ? { state: row.state, activityId: row.activity_id } : null;
}

/** Forgets posts older than `before`: only today's row is ever read back. */
export async function pruneSends(db: RegistryDb, before: Date): Promise<number> {
  const result = await db.deleteFrom('teams_digest_sends').where('updated_at', '<', before.getTime()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
