import { z } from 'zod';
import { INPUT_KEYS } from '../../src/review/input-catalogue.js';
import { parseStreamDescription } from '../../src/review/schema.js';
import { isAdvisorError } from '../../src/errors.js';
import { reviewStream } from '../../src/review/engine.js';
import { OTHER_USES_BLOCK } from './blocks/inputs.js';
import { reviewOptions, type SlackDeps } from './deps.js';
import { VIEW } from './ids.js';
import { fieldErrors, readFormValues } from './modal-values.js';
import { checkDraft, nextStep } from './review-flow.js';
import { finishedChecklist, send, sendStep } from './review-replies.js';
import type { SlackRoutes } from './routes.js';
import { decodeState, inputMetaSchema, replyTargetSchema } from './state.js';

const submissionSchema = z.object({
  user: z.object({ id: z.string().min(1).max(40) }),
  view: z.object({ private_metadata: z.string().optional(), state: z.object({ values: z.unknown() }) }),
});

type Ack = (response?: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>;

const FORM_BLOCKS = [...INPUT_KEYS, OTHER_USES_BLOCK];

/** The full form: a bad value is shown on its field and the form stays open; else the checklist. */
async function submitReview(deps: SlackDeps, body: unknown, ack: Ack): Promise<void> {
  const parsed = submissionSchema.safeParse(body);
  const raw = parsed.success ? readFormValues(parsed.data.view.state.values) : null;
  if (!parsed.success || raw === null) return ack({ response_action: 'errors', errors: { name: 'This form could not be read; close it and run /ingest-review again.' } });
  let stream;
  try {
    stream = parseStreamDescription(raw);
  } catch (error) {
    if (!isAdvisorError(error)) throw error;
    return ack({ response_action: 'errors', errors: fieldErrors(error.issues, FORM_BLOCKS) });
  }
  await ack();
  const target = decodeState(parsed.data.view.private_metadata, replyTargetSchema) ?? {};
  const to = { user: parsed.data.user.id, responseUrl: target.r };
  deps.tasks.run('review form', () => send(deps, to, finishedChecklist(deps, stream, reviewStream(stream, reviewOptions(deps)))));
}

/** The one-field form of a follow-up question: the answer joins the draft, then the next step. */
async function submitAnswer(deps: SlackDeps, body: unknown, ack: Ack): Promise<void> {
  const parsed = submissionSchema.safeParse(body);
  const meta = parsed.success ? decodeState(parsed.data.view.private_metadata, inputMetaSchema) : null;
  const raw = parsed.success ? readFormValues(parsed.data.view.state.values) : null;
  if (!parsed.success || !meta || raw === null) return ack({ response_action: 'errors', errors: { [meta?.k ?? 'name']: 'This form could not be read; start again with /ingest-review.' } });
  const draft = checkDraft({ ...meta.d, ...raw });
  if (!('ok' in draft)) return ack({ response_action: 'errors', errors: fieldErrors(draft.issues, [meta.k]) });
  await ack();
  const to = { user: parsed.data.user.id, responseUrl: meta.r };
  deps.tasks.run('follow-up form', () => sendStep(deps, to, nextStep(draft.draft, reviewOptions(deps)), true));
}

export function registerReviewForms(routes: SlackRoutes, deps: SlackDeps): void {
  routes.view(VIEW.review, (body, ack) => submitReview(deps, body, ack));
  routes.view(VIEW.reviewInput, (body, ack) => submitAnswer(deps, body, ack));
}
