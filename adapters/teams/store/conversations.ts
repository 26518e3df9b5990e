import type { ConversationReference } from '@microsoft/agents-activity';
import type { RegistryDb } from '../../../src/registry/open-registry.js';
import { statement } from '../../../src/registry/statements.js';

/** A conversation the app is in: what a proactive post to it needs. */
export interface StoredConversation {
  /** The channel, chat or personal conversation, without a thread's `;messageid=`. */
  conversationId: string;
  reference: ConversationReference;
  serviceUrl: string;
  tenantId: string | null;
  /** The Microsoft App ID that received it ('' in local mode): only that registration posts to it. */
  appId: string;
  /** `personal`, `groupChat` or `channel`. */
  kind: string | null;
}

interface ConversationRow {
  conversation_id: string;
  reference: string;
  service_url: string;
  tenant_id: string | null;
  app_id: string;
  kind: string | null;
}

const UPSERT = `INSERT INTO teams_conversations (conversation_id, reference, service_url, tenant_id, app_id, kind, installed, updated_at)
  VALUES (@conversationId, @reference, @serviceUrl, @tenantId, @appId, @kind, 1, @at)
  ON CONFLICT (conversation_id) DO UPDATE SET reference = excluded.reference, service_url = excluded.service_url,
    tenant_id = excluded.tenant_id, app_id = excluded.app_id, kind = excluded.kind, installed = 1, updated_at = excluded.updated_at`;

/** Stores (or refreshes) a conversation the app was added to or was spoken to in. */
export function saveConversation(db: RegistryDb, conversation: StoredConversation, at: Date): void {
  statement(db, UPSERT).run({ ...conversation, reference: JSON.stringify(conversation.reference), at: at.getTime() });
}

/** The app was removed: the conversation is kept as uninstalled and its digest subscription ends. */
export function forgetConversation(db: RegistryDb, conversationId: string, at: Date): boolean {
  const forget = db.transaction((): boolean => {
    statement(db, 'DELETE FROM teams_digest_subscriptions WHERE conversation_id = ?').run(conversationId);
    return statement(db, 'UPDATE teams_conversations SET installed = 0, updated_at = ? WHERE conversation_id = ?').run(at.getTime(), conversationId).changes === 1;
  });
  return forget.immediate();
}

export function toConversation(row: ConversationRow): StoredConversation {
  return {
    conversationId: row.conversation_id,
    reference: JSON.parse(row.reference) as ConversationReference,
    serviceUrl: row.service_url,
    tenantId: row.tenant_id,
    appId: row.app_id,
    kind: row.kind,
  };
}

export const CONVERSATION_COLUMNS = 'c.conversation_id, c.reference, c.service_url, c.tenant_id, c.app_id, c.kind';
export type { ConversationRow };
