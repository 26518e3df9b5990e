import { randomUUID } from 'node:crypto';
import type { Activity } from '@microsoft/agents-activity';
import { claimEvent, completeEvent, releaseEvent } from '../../src/registry/event-claims.js';
import type { TeamsDeps } from './deps.js';
import { baseConversationId } from './activity/reference.js';

/** The key of an incoming activity: ids are unique within a conversation, not across them. */
export function activityKey(activity: Activity): string | null {
  const conversation = activity.conversation?.id;
  return activity.id && conversation ? `teams:${baseConversationId(conversation)}:${activity.id}` : null;
}

/**
 * Handles an activity once, however often it is delivered (a retried delivery, a second
 * instance): claimed before the work, marked done after, given back when the work fails so a
 * retry can do it. One still in progress elsewhere, or done, is skipped.
 */
export async function once(deps: TeamsDeps, activity: Activity, work: () => Promise<void>): Promise<void> {
  const key = activityKey(activity);
  if (key === null) return work();
  const claim = await claimEvent(deps.db, key, randomUUID(), deps.now().getTime(), deps.eventLeaseMs);
  if (claim.kind !== 'claimed') return deps.logger.info({ event: key, state: claim.kind }, 'skipped an activity already handled');
  try {
    await work();
  } catch (error) {
    await releaseEvent(deps.db, key, claim.token);
    throw error;
  }
  await completeEvent(deps.db, key, claim.token, deps.now().getTime());
}
