import { findStream } from '../../src/registry/stream-lookup.js';
import { statusRequest } from '../../src/status/status-request.js';
import { statusMessage } from './app.status.js';
import { helpMessage } from './blocks/help.js';
import { fallbackText, section } from './blocks/kit.js';
import { refRenderer } from './blocks/refs.js';
import { recordedReviewMessage, unknownStreamMessage } from './blocks/recorded-review.js';
import { reviewOptions, type SlackDeps } from './deps.js';
import { COMMAND } from './ids.js';
import type { SlackMessage } from './reply.js';
import { draftFromText, nextStep } from './review-flow.js';
import { openReviewForm, send, stepMessage, type ReviewAudience } from './review-replies.js';
import type { SlackRoutes } from './routes.js';
import { slackErrorCode } from './web-client.js';

/** Slash command text is capped: a description is a few hundred characters, never pages. */
const MAX_TEXT = 4_000;
const HELP = /^(help|-h|--help|\?)$/i;

/** The fields of a slash command payload that are used. */
interface SlashCommand {
  text: string;
  user_id: string;
  channel_id?: string;
  response_url?: string;
  trigger_id?: string;
}

const optionalText = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value.length <= max ? value : undefined);

/**
 * The command's fields, checked by hand rather than with a schema: this runs on every command
 * and is the whole of the acknowledgement's own work. Null without a user to answer.
 */
function readCommand(body: unknown): SlashCommand | null {
  if (typeof body !== 'object' || body === null) return null;
  const fields = body as Record<string, unknown>;
  const user = optionalText(fields.user_id, 40);
  if (!user) return null;
  return {
    text: typeof fields.text === 'string' ? fields.text : '',
    user_id: user,
    channel_id: optionalText(fields.channel_id, 40),
    response_url: optionalText(fields.response_url, 500),
    trigger_id: optionalText(fields.trigger_id, 200),
  };
}

/**
 * Answers that need nothing but the text typed (help, an inline review: well under a
 * millisecond of work, no registry, no call to Slack) go back in the acknowledgement itself, as
 * Slack allows: no second request, and nothing to lose if the response URL fails.
 */
function immediateAnswer(deps: SlackDeps, text: string): SlackMessage | null {
  if (HELP.test(text)) return helpMessage();
  if (!text.includes('=')) return null;
  const draft = draftFromText(text);
  return stepMessage(deps, 'ok' in draft ? nextStep(draft.draft, reviewOptions(deps)) : draft);
}

/** The rest needs the registry or Slack (the form, a stream's latest review): done after the ack. */
async function answerLater(deps: SlackDeps, command: SlashCommand, text: string): Promise<void> {
  const to: ReviewAudience = { user: command.user_id, responseUrl: command.response_url };
  if (text === '') return openForm(deps, command, to);
  const status = statusRequest(text);
  if (status !== null) return send(deps, to, await statusMessage(deps, status, true));
  const stream = await findStream(deps.db, text.replace(/^["“']|["”']$/g, ''));
  const refs = refRenderer(deps.advisor, deps.docsBaseUrl);
  return send(deps, to, stream ? recordedReviewMessage(stream, refs) : unknownStreamMessage(text));
}

async function openForm(deps: SlackDeps, command: SlashCommand, to: ReviewAudience): Promise<void> {
  try {
    if (!command.trigger_id) throw new Error('the command came without a trigger_id');
    await openReviewForm(deps, command.trigger_id, {}, { r: command.response_url, c: command.channel_id });
  } catch (error) {
    // The trigger expires 3 seconds after the command; say so rather than fail silently.
    const text = `I could not open the form (${slackErrorCode(error) ?? 'Slack did not answer in time'}). Run \`${COMMAND}\` again, or give the inputs inline: \`${COMMAND} help\` lists them.`;
    await send(deps, to, { text, blocks: [section(text)] });
  }
}

const FAILED = 'Something went wrong while reviewing; it is in the server log. Please try again.';

/**
 * `/ingest-review`: acknowledged at once, always (Slack allows 3 seconds), privately to the
 * person who ran it: with the answer when the text alone gives it, else empty and answered after.
 */
export function registerReviewCommand(routes: SlackRoutes, deps: SlackDeps): void {
  routes.command(COMMAND, async (body, ack) => {
    const command = readCommand(body);
    if (!command) {
      deps.logger.warn('ignored a /ingest-review payload without a user');
      return ack();
    }
    const text = command.text.trim().slice(0, MAX_TEXT);
    let answer: SlackMessage | null;
    try {
      answer = immediateAnswer(deps, text);
    } catch (error) {
      deps.logger.error({ err: error instanceof Error ? error.message : String(error) }, '/ingest-review failed');
      answer = { text: FAILED, blocks: [section(FAILED)] };
    }
    if (answer) return ack({ response_type: 'ephemeral', text: fallbackText(answer.text), blocks: answer.blocks });
    await ack();
    deps.tasks.run('slash command', () => answerLater(deps, command, text), () => send(deps, { user: command.user_id, responseUrl: command.response_url }, { text: FAILED, blocks: [section(FAILED)] }));
  });
}
