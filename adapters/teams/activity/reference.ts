import type { Activity, ConversationReference } from '@microsoft/agents-activity';
import type { StoredConversation } from '../store/conversations.js';

/** A channel thread's id names the channel plus `;messageid=…`; the digest goes to the channel itself. */
export function baseConversationId(id: string): string {
  return id.replace(/;messageid=\d+$/i, '');
}

/**
 * The conversation an activity came from, as a proactive post needs it: the reference without
 * the activity (a post is a new message, not a reply) or the person who wrote it.
 */
export function conversationOf(activity: Activity, appId: string): StoredConversation | null {
  const id = activity.conversation?.id;
  const serviceUrl = activity.serviceUrl;
  if (!id || !serviceUrl || !/^https?:\/\//i.test(serviceUrl)) return null;
  const conversationId = baseConversationId(id);
  const full = activity.getConversationReference();
  const reference: ConversationReference = { ...full, conversation: { ...full.conversation, id: conversationId } };
  delete reference.activityId;
  delete reference.user;
  const tenantId = activity.conversation?.tenantId ?? tenantFromChannelData(activity.channelData);
  return { conversationId, reference, serviceUrl, tenantId, appId, kind: activity.conversation?.conversationType ?? null };
}

function tenantFromChannelData(channelData: unknown): string | null {
  if (typeof channelData !== 'object' || channelData === null) return null;
  const tenant = (channelData as { tenant?: { id?: unknown } }).tenant;
  return typeof tenant?.id === 'string' ? tenant.id : null;
}
