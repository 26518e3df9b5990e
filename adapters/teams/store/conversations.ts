import type { ConversationReference } from '@microsoft/agents-activity';
import type { RegistryDb } from '../../../src/registry/registry-db.js';
import type { RegistrySchema } from '../../../src/registry/schema.js';
import { inWriteTransaction } from '../../../src/registry/transactions.js';

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

type ConversationRow = Pick<RegistrySchema['teams_conversations'], 'conversation_id' | 'reference' | 'service_url' | 'tenant_id' | 'app_id' | 'kind'>;

/** Stores (or refreshes) a conversation the app was added to or was spoken to in; every instance sees it. */
export async function saveConversation(db: RegistryDb, conversation: StoredConversation, at: Date): Promise<void> {
  const row = {
    conversation_id: conversation.conversationId,
    reference: JSON.stringify(conversation.reference),
    service_url: conversation.serviceUrl,
    tenant_id: conversation.tenantId,
    app_id: conversation.appId,
    kind: conversation.kind,
    installed: 1,
    updated_at: at.getTime(),
  };
  await db
    .insertInto('teams_conversations')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('conversation_id').doUpdateSet((eb) => ({
        reference: eb.ref('excluded.reference'),
        service_url: eb.ref('excluded.service_url'),
        tenant_id: eb.ref('excluded.tenant_id'),
        app_id: eb.ref('excluded.app_id'),
        kind: eb.ref('excluded.kind'),
        installed: 1,
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** The app was removed: the conversation is kept as uninstalled and its digest subscription ends. */
export function forgetConversation(db: RegistryDb, conversationId: string, at: Date): Promise<boolean> {
  return inWriteTransaction(db, async (trx) => {
    await trx.deleteFrom('teams_digest_subscriptions').where('conversation_id', '=', conversationId).execute();
    const result = await trx.updateTable('teams_conversations').set({ installed: 0, updated_at: at.getTime() }).where('conversation_id', '=', conversationId).executeTakeFirst();
    return result.numUpdatedRows === 1n;
  });
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

export const CONVERSATION_COLUMNS = ['c.conversation_id', 'c.reference', 'c.service_url', 'c.tenant_id', 'c.app_id', 'c.kind'] as const;
