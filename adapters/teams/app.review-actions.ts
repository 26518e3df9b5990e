import type { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { isAdvisorError } from '../../src/errors.js';
import { recordReview } from '../../src/registry/record-review.js';
import { findStream } from '../../src/registry/stream-lookup.js';
import { reviewStream } from '../../src/review/engine.js';
import { questionAbout } from '../../src/review/follow-up.js';
import { INPUT_KEYS } from '../../src/review/input-catalogue.js';
import { parseStreamDescription } from '../../src/review/schema.js';
import type { InputKey } from '../../src/review/stream-description.js';
import { reviewerOf } from './activity/people.js';
import { onCardAction, type CardHandler } from './card-actions.js';
import { note, post, replace, type CardReply } from './card-reply.js';
import { reviewFormCard } from './cards/review-form.js';
import { finishedChecklistCard, stepCard } from './cards/review-step.js';
import { recordedNote } from './cards/recorded-note.js';
import { refsOf, reviewOptions, type TeamsDeps } from './deps.js';
import { fieldErrors, readFormValues } from './form-values.js';
import { VERB } from './ids.js';
import { checkDraft, nextStep } from './review-flow.js';

const STALE = 'This card is out of date; send ingest-review again.';
const draft = z.record(z.string(), z.unknown());
const openData = z.object({ s: z.string().max(500).optional(), d: draft.optional() });
const answerData = z.object({ d: draft, k: z.enum(INPUT_KEYS as [InputKey, ...InputKey[]]), v: z.string().max(500).optional() });

/** The form, pre-filled from a draft or a stream in the registry, as a new message. */
const openForm = (deps: TeamsDeps): CardHandler => async (_context, data) => {
  const parsed = openData.safeParse(data);
  const known = parsed.success && !parsed.data.d && parsed.data.s ? await findStream(deps.db, parsed.data.s) : null;
  const values = parsed.success ? (parsed.data.d ?? known?.description ?? {}) : {};
  return post(reviewFormCard({ values }), 'The review form is below.');
};

/** The full form: the checklist, or the form again with each bad value named under its field. */
const submitForm = (deps: TeamsDeps): CardHandler => async (_context, data) => {
  const raw = readFormValues(data);
  try {
    const stream = parseStreamDescription(raw);
    return replace(finishedChecklistCard(stream, reviewStream(stream, reviewOptions(deps)), refsOf(deps)));
  } catch (error) {
    if (!isAdvisorError(error)) throw error;
    return replace(reviewFormCard({ values: raw, errors: fieldErrors(error.issues) }));
  }
};

/** A follow-up's answer (a button's value or the field's) joins the draft; then the next step. */
const answer = (deps: TeamsDeps): CardHandler => async (_context, data) => {
  const parsed = answerData.safeParse(data);
  if (!parsed.success) return note(STALE);
  const { d, k: key, v } = parsed.data;
  const base = checkDraft(d);
  if (!('ok' in base)) return replace(stepCard(base, refsOf(deps)));
  const value = v ?? readFormValues(data)[key];
  const current = (error: string): CardReply => {
    const step = nextStep(base.draft, reviewOptions(deps));
    const asked = step.kind === 'ask' ? { ...step, question: questionAbout(key, base.draft, reviewOptions(deps)) } : step;
    return replace(stepCard(asked, refsOf(deps), error));
  };
  if (value === undefined) return current('Answer the question first (or finish without answering).');
  const next = checkDraft({ ...base.draft, [key]: value });
  if (!('ok' in next)) return current(next.issues.map((issue) => issue.message).join(' ') || next.message);
  return replace(stepCard(nextStep(next.draft, reviewOptions(deps)), refsOf(deps)));
};

const showNow = (deps: TeamsDeps): CardHandler => async (_context, data) => {
  const parsed = checkDraft(draft.safeParse(data.d).data ?? {});
  if (!('ok' in parsed)) return replace(stepCard(parsed, refsOf(deps)));
  return replace(stepCard(nextStep(parsed.draft, { ...reviewOptions(deps), showNow: true }), refsOf(deps)));
};

/** Records the reviewed description with the person who clicked as the reviewer; the card says so. */
const record = (deps: TeamsDeps): CardHandler => async (context, data) => {
  let stream;
  try {
    stream = parseStreamDescription(data.s);
  } catch (error) {
    if (!isAdvisorError(error)) throw error;
    return note(STALE);
  }
  const result = reviewStream(stream, reviewOptions(deps));
  const by = reviewerOf(context.activity);
  const recorded = await recordReview(deps.db, stream, result, { by, via: 'teams', at: deps.now() });
  deps.logger.info({ stream: stream.name, verdict: result.verdict, by }, 'review recorded from Teams');
  return replace(finishedChecklistCard(stream, result, refsOf(deps), recordedNote(stream.name, result.verdict, by, recorded.at)));
};

/** The review's buttons: open the form, submit it, answer a follow-up, show the checklist, record. */
export function registerReviewActions(app: AgentApplication<TurnState>, deps: TeamsDeps): void {
  const on = (verb: Parameters<typeof onCardAction>[2], handler: CardHandler) => onCardAction(app, deps.logger, verb, handler);
  on(VERB.openForm, openForm(deps));
  on(VERB.digestReview, openForm(deps));
  on(VERB.submitForm, submitForm(deps));
  on(VERB.answer, answer(deps));
  on(VERB.showNow, showNow(deps));
  on(VERB.record, record(deps));
}
