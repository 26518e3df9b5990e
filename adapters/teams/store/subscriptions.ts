import type { RegistryDb } from '../../../src/registry/open-registry.js';
import { statement } from '../../../src/registry/statements.js';
import { CONVERSATION_COLUMNS, toConversation, type ConversationRow, type StoredConversation } from './conversations.js';

/** Subscribes a stored conversation to the daily digest; false when it already was. */
export function subscribe(db: RegistryDb, conversationId: string, by: string, at: Date): boolean {
  const info = statement(db, 'INSERT INTO teams_digest_subscriptions (conversation_id, subscribed_by, subscribed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(
    conversationId,
    by,
    at.getTime(),
  );
  return info.changes === 1;
}

/** Ends a conversation's subscription; false when it had none. */
export function unsubscribe(db: RegistryDb, conversationId: string): boolean {
  return statement(db, 'DELETE FROM teams_digest_subscriptions WHERE conversation_id = ?').run(conversationId).changes === 1;
}

export function isSubscribed(db: RegistryDb, conversationId: string): boolean {
  return statement(db, 'SELECT 1 FROM teams_digest_subscriptions WHERE conversation_id = ?').pluck().get(conversationId) !== undefined;
}

/** The conversations to post the digest to: subscribed, still installed, received by this app id. */
export function subscribedConversations(db: RegistryDb, appId: string): StoredConversation[] {
  const rows = statement(
    db,
    `SELECT ${CONVERSATION_COLUMNS} FROM teams_digest_subscriptions s JOIN teams_conversations c ON c.conversation_id = s.conversation_id
     WHERE c.installed = 1 AND c.app_id = ? ORDER BY c.tenant_id, c.conversation_id`,
  ).all(appId) as ConversationRow[];
  return rows.map(toConversation);
}
