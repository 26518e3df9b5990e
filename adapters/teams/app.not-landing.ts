import type { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { questionAnswerCard } from './app.questions.js';
import { onCardAction } from './card-actions.js';
import { note, post } from './card-reply.js';
import type { TeamsDeps } from './deps.js';
import { VERB } from './ids.js';

/** A knowledge reference (`doc#section`), the only thing the button carries. */
const askData = z.object({ ref: z.string().regex(/^[a-z0-9-]{1,80}(#[a-z0-9-]{1,80})?$/) });

/**
 * "Ask the advisor about it" on a stream not landing (the digest, `status`): the button's
 * knowledge reference asked exactly as a typed question, answered in a new message.
 */
export function registerNotLandingActions(app: AgentApplication<TurnState>, deps: TeamsDeps): void {
  onCardAction(app, deps.logger, VERB.landingAsk, async (context, data) => {
    const parsed = askData.safeParse(data);
    if (!parsed.success) return note('This card is out of date; send status STREAM again.');
    return post(await questionAnswerCard(deps, context, parsed.data.ref), 'The advisor answered below.');
  });
}
