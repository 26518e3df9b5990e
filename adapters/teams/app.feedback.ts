import type { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { answerTopic } from '../../src/answer/answer-topic.js';
import { recordFeedback, recordQuestion } from '../../src/registry/questions.js';
import { voterOf } from './activity/people.js';
import { onCardAction } from './card-actions.js';
import { note, post } from './card-reply.js';
import { answerCard } from './cards/answer.js';
import type { TeamsDeps } from './deps.js';
import { COMMAND, VERB } from './ids.js';

const feedbackData = z.object({ q: z.coerce.number().int().positive(), h: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]) });
const topicData = z.object({ ref: z.string().min(1).max(300) });

const STALE = 'This card is out of date; ask the question again.';

/** Helpful / Not helpful (stored, a Not helpful joins the gaps list) and the closest-topic buttons of an unsure answer. */
export function registerFeedback(app: AgentApplication<TurnState>, deps: TeamsDeps): void {
  onCardAction(app, deps.logger, VERB.feedback, async (context, data) => {
    const parsed = feedbackData.safeParse(data);
    if (!parsed.success) return note(STALE);
    const { q: questionId, h: helpful } = parsed.data;
    if (!(await recordFeedback(deps.db, { questionId, helpful, by: voterOf(context.activity), at: deps.now() }))) return note(STALE);
    return note(helpful ? 'Thanks, noted as helpful.' : `Thanks, noted: this question goes on the list of gaps (ingest-advisor gaps) so the knowledge base can grow. To check a stream design instead, send ${COMMAND.review}.`);
  });
  onCardAction(app, deps.logger, VERB.topic, async (context, data) => {
    const parsed = topicData.safeParse(data);
    const result = parsed.success ? answerTopic(deps.advisor, parsed.data.ref, deps.docsBaseUrl ?? undefined) : null;
    if (!result) return note(STALE);
    const top = result.sources[0]!;
    const questionId = await recordQuestion(deps.db, { question: result.question, confident: true, topSource: `${top.doc}#${top.section}`, via: 'teams', by: voterOf(context.activity), at: deps.now() });
    return post(answerCard(result, questionId), `Here is ${result.question}.`);
  });
}
