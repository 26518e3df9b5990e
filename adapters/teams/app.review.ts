import type { TurnContext } from '@microsoft/agents-hosting';
import { findStream } from '../../src/registry/stream-lookup.js';
import { cardMessage } from './card-reply.js';
import { helpCard } from './cards/help.js';
import type { AdaptiveCard } from './cards/kit.js';
import { recordedReviewCard, unknownStreamCard } from './cards/recorded-review.js';
import { reviewFormCard } from './cards/review-form.js';
import { stepCard } from './cards/review-step.js';
import { refsOf, reviewOptions, type TeamsDeps } from './deps.js';
import { draftFromText, nextStep } from './review-flow.js';

/** A description is a few hundred characters; nobody pastes pages into chat. */
const MAX_ARGS = 4_000;

/**
 * `ingest-review` and what follows it: nothing sends the form; `help` the inputs; `key=value`
 * words review inline (asking for what is missing); anything else is a stream's name.
 */
export async function reviewCommandCard(deps: TeamsDeps, args: string): Promise<AdaptiveCard> {
  const text = args.trim().slice(0, MAX_ARGS);
  if (text === '') return reviewFormCard();
  if (/^(help|-h|--help|\?)$/i.test(text)) return helpCard();
  if (text.includes('=')) {
    const draft = draftFromText(text);
    return stepCard('ok' in draft ? nextStep(draft.draft, reviewOptions(deps)) : draft, refsOf(deps));
  }
  const stream = await findStream(deps.db, text.replace(/^["“']|["”']$/g, ''));
  return stream ? recordedReviewCard(stream, refsOf(deps)) : unknownStreamCard(text);
}

export async function handleReviewCommand(deps: TeamsDeps, context: TurnContext, args: string): Promise<void> {
  await context.sendActivity(cardMessage(await reviewCommandCard(deps, args)));
}
