import type { TurnContext } from '@microsoft/agents-hosting';
import { streamStatus } from '../../src/status/stream-status.js';
import { cardMessage } from './card-reply.js';
import { unknownStreamCard } from './cards/recorded-review.js';
import { statusUsageCard, streamStatusCard } from './cards/stream-status.js';
import type { TeamsDeps } from './deps.js';

/** `status STREAM`: the stream's review state and latest run health, how to name one, or that none has that name. */
export async function handleStatusCommand(deps: TeamsDeps, context: TurnContext, name: string): Promise<void> {
  const status = name === '' ? null : await streamStatus(deps.db, name, deps.now(), deps.maxAgeDays);
  const answer = name === '' ? statusUsageCard() : status ? streamStatusCard(status) : unknownStreamCard(name);
  await context.sendActivity(cardMessage(answer));
}
