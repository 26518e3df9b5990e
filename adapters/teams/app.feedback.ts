import type { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { recordPick } from '../../src/registry/answer-picks.js';
import { recordFeedback } from '../../src/registry/questions.js';
import { voterOf } from './activity/people.js';
import { onCardAction } from './card-actions.js';
import { note, post } from './card-reply.js';
import { answerCard } from './cards/answer.js';
import type { TeamsDeps } from './deps.js';
import { VERB } from './ids.js';

const feedbackData = z.object({ q: z.coerce.number().int().positive(), h: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]) });
/** A picked section; cards sent before picks were recorded carry no question. */
const pickData = z.object({ ref: z.string().regex(/^[a-z0-9-]{1,80}#[a-z0-9-]{1,80}$/), q: z.coerce.number().int().positive().optional() });

const STALE = 'This card is out of date; ask the question again.';

/**
 * Helpful / Not helpful (stored, a Not helpful joins the gaps list), and the sections picked from
 * a "did you mean" or the nearest topics: the pick is recorded against the question (which
 * section the person meant) and answered from that section as a new message in the conversation.
 */
export function registerFeedback(app: AgentApplication<TurnState>, deps: TeamsDeps): void {
  onCardAction(app, deps.logger, VERB.feedback, async (context, data) => {
    const parsed = feedbackData.safeParse(data);
    if (!parsed.success) return note(STALE);
    const { q: questionId, h: helpful } = parsed.data;
    if (!(await recordFeedback(deps.db, { questionId, helpful, by: voterOf(context.activity), at: deps.now() }))) return note(STALE);
    return note(helpful ? 'Thanks, noted as helpful.' : 'Thanks, noted: this question goes on the list of gaps, so the knowledge base can grow where it falls short.');
  });
  onCardAction(app, deps.logger, VERB.topic, async (context, data) => {
    const parsed = pickData.safeParse(data);
    const result = parsed.success ? deps.advisor.answerSection(parsed.data.ref) : null;
    if (!parsed.success || !result) return note(STALE);
    const { q: questionId, ref } = parsed.data;
    const recorded = questionId !== undefined && (await recordPick(deps.db, { questionId, section: ref, by: voterOf(context.activity), at: deps.now() }));
    return post(answerCard(result, recorded ? questionId : null), `Here is ${result.question}.`);
  });
}
