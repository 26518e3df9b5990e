import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { reviewerOf } from './activity/people.js';
import { conversationOf } from './activity/reference.js';
import { cardMessage } from './card-reply.js';
import { introCard } from './cards/answer.js';
import { noticeCard } from './cards/notice.js';
import type { TeamsDeps } from './deps.js';
import { COMMAND } from './ids.js';
import { forgetConversation, saveConversation } from './store/conversations.js';
import { isSubscribed, subscribe, unsubscribe } from './store/subscriptions.js';

/** Stores where the app now is, so the digest can be posted there later. */
async function remember(deps: TeamsDeps, context: TurnContext): Promise<string | null> {
  const conversation = conversationOf(context.activity, deps.appId);
  if (!conversation) return null;
  await saveConversation(deps.db, conversation, deps.now());
  return conversation.conversationId;
}

async function forget(deps: TeamsDeps, context: TurnContext, why: string): Promise<void> {
  const conversation = conversationOf(context.activity, deps.appId);
  if (conversation && (await forgetConversation(deps.db, conversation.conversationId, deps.now()))) {
    deps.logger.info({ conversation: conversation.conversationId, why }, 'the app was removed from a Teams conversation; its digest subscription ended');
  }
}

const botIn = (context: TurnContext, members: Array<{ id?: string }> | undefined): boolean => (members ?? []).some((m) => m.id !== undefined && m.id === context.activity.recipient?.id);

/**
 * Installation: the app added to a team, chat or personal scope stores the conversation (and
 * says hello); removed, it forgets it and ends its subscription.
 */
export function registerInstallation(app: AgentApplication<TurnState>, deps: TeamsDeps): void {
  app.onActivity('installationUpdate', async (context) => {
    const action = String(context.activity.action ?? '');
    if (action.startsWith('remove')) await forget(deps, context, `installationUpdate ${action}`);
    else await remember(deps, context);
  });
  app.onConversationUpdate('membersAdded', async (context) => {
    if (!botIn(context, context.activity.membersAdded)) return;
    await remember(deps, context);
    await context.sendActivity(cardMessage(introCard()));
  });
  app.onConversationUpdate('membersRemoved', async (context) => {
    if (botIn(context, context.activity.membersRemoved)) await forget(deps, context, 'conversationUpdate membersRemoved');
  });
}

function schedule(deps: TeamsDeps): string {
  return `on the schedule \`${deps.digest.cron}\` (${deps.digest.timeZone})`;
}

/** `digest on` / `digest off` / `digest`: subscribe this conversation, stop, or say which it is. */
export async function handleDigestCommand(deps: TeamsDeps, context: TurnContext, action: 'on' | 'off' | 'status'): Promise<void> {
  const conversationId = await remember(deps, context);
  if (conversationId === null) throw new Error('the activity names no conversation or service URL to post the digest to');
  let message: string;
  if (action === 'on') {
    const added = await subscribe(deps.db, conversationId, reviewerOf(context.activity), deps.now());
    if (added) deps.logger.info({ conversation: conversationId }, 'a Teams conversation subscribed to the digest');
    message = `${added ? 'Done: this' : 'This'} conversation gets the daily digest of unchecked Data Streams ${schedule(deps)}, when any are unchecked. **${COMMAND.digest} off** stops it.`;
  } else if (action === 'off') {
    const removed = await unsubscribe(deps.db, conversationId);
    message = removed ? `Done: no more daily digest here. **${COMMAND.digest} on** starts it again.` : `This conversation was not getting the digest. **${COMMAND.digest} on** starts it.`;
  } else {
    message = (await isSubscribed(deps.db, conversationId))
      ? `This conversation gets the daily digest ${schedule(deps)}. **${COMMAND.digest} off** stops it.`
      : `This conversation does not get the daily digest. **${COMMAND.digest} on** starts it (${schedule(deps).replace(/^on /, '')}).`;
  }
  await context.sendActivity(cardMessage(noticeCard(message, message.replace(/\*\*|`/g, ''))));
}
