import type { TurnContext } from '@microsoft/agents-hosting';
import { askAndRecord } from '../../src/answer/ask-and-record.js';
import { voterOf } from './activity/people.js';
import { cardMessage } from './card-reply.js';
import { answerCard, introCard } from './cards/answer.js';
import type { AdaptiveCard } from './cards/kit.js';
import type { TeamsDeps } from './deps.js';
import { activityKey } from './once.js';

/** Answers a question in the conversation (a channel thread's reply goes in the thread), logging it for feedback and gaps. */
export async function answerQuestion(deps: TeamsDeps, context: TurnContext, question: string): Promise<void> {
  await context.sendActivity(cardMessage(await questionAnswerCard(deps, context, question)));
}

/** The answer to a question as a typed one gets it, recorded with who asked; also what "ask the advisor about it" asks. */
export async function questionAnswerCard(deps: TeamsDeps, context: TurnContext, question: string): Promise<AdaptiveCard> {
  const key = activityKey(context.activity);
  const asker = { ...(key ? { eventKey: key } : {}), via: 'teams' as const, by: voterOf(context.activity), at: deps.now() };
  const { result, questionId } = await askAndRecord(deps.db, deps.advisor, question, asker);
  return answerCard(result, questionId);
}

/** A mention with nothing in it, `help`, or the app being added: what the advisor can do. */
export async function introduce(context: TurnContext): Promise<void> {
  await context.sendActivity(cardMessage(introCard()));
}
