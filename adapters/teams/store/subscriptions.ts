import type { RegistryDb } from '../../../src/registry/registry-db.js';
import { CONVERSATION_COLUMNS, toConversation, type StoredConversation } from './conversations.js';

/** Subscribes a stored conversation to the daily digest; false when it already was. */
export async function subscribe(db: RegistryDb, conversationId: string, by: string, at: Date): Promise<boolean> {
  const inserted = await db
    .insertInto('teams_digest_subscriptions')
    .values({ conversation_id: conversationId, subscribed_by: by, subscribed_at: at.getTime() })
    .onConflict((conflict) => conflict.doNothing())
    .returning('conversation_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Ends a conversation's subscription; false when it had none. */
export async function unsubscribe(db: RegistryDb, conversationId: string): Promise<boolean> {
  const result = await db.deleteFrom('teams_digest_subscriptions').where('conversation_id', '=', conversationId).executeTakeFirst();
  return result.numDeletedRows === 1n;
}

export async function isSubscribed(db: RegistryDb, conversationId: string): Promise<boolean> {
  return (await db.selectFrom('teams_digest_subscriptions').select('conversation_id').where('conversation_id', '=', conversationId).executeTakeFirst()) !== undefined;
}

/** The conversations to post the digest to: subscribed, still installed, received by this app id. */
export async function subscribedConversations(db: RegistryDb, appId: string): Promise<StoredConversation[]> {
  const rows = await db
    .selectFrom('teams_digest_subscriptions as s')
    .innerJoin('teams_conversations as c', 'c.conversation_id', 's.conversation_id')
    .select(CONVERSATION_COLUMNS)
    .where('c.installed', '=', 1)
    .where('c.app_id', '=', appId)
    .orderBy('c.tenant_id')
    .orderBy('c.conversation_id')
    .execute();
  return rows.map(toConversation);
}
