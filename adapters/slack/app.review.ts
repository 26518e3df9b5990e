import type { App } from '@slack/bolt';
import { z } from 'zod';
import { findStream } from '../../src/registry/stream-lookup.js';
import { helpMessage } from './blocks/help.js';
import { section } from './blocks/kit.js';
import { refRenderer } from './blocks/refs.js';
import { recordedReviewMessage, unknownStreamMessage } from './blocks/recorded-review.js';
import { reviewOptions, type SlackDeps } from './deps.js';
import { COMMAND } from './ids.js';
import { draftFromText, nextStep } from './review-flow.js';
import { openReviewForm, send, sendStep, type ReviewAudience } from './review-replies.js';
import { slackErrorCode } from './web-client.js';

/** Slash command text is capped: a description is a few hundred characters, never pages. */
const MAX_TEXT = 4_000;

/** The fields of a slash command payload that are used; a payload without them is ignored. */
const commandSchema = z.object({
  text: z.string().optional().default(''),
  user_id: z.string().min(1).max(40),
  channel_id: z.string().max(40).optional(),
  response_url: z.string().max(500).optional(),
  trigger_id: z.string().max(200).optional(),
});
type SlashCommand = z.infer<typeof commandSchema>;

async function handleCommand(deps: SlackDeps, command: SlashCommand): Promise<void> {
  const text = command.text.trim().slice(0, MAX_TEXT);
  const to: ReviewAudience = { user: command.user_id, responseUrl: command.response_url };
  if (text === '') return openForm(deps, command, to);
  if (/^(help|-h|--help|\?)$/i.test(text)) return send(deps, to, helpMessage());
  if (text.includes('=')) {
    const draft = draftFromText(text);
    return sendStep(deps, to, 'ok' in draft ? nextStep(draft.draft, reviewOptions(deps)) : draft);
  }
  const stream = findStream(deps.db, text.replace(/^["“']|["”']$/g, ''));
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

/**
 * `/ingest-review`: acknowledged at once, always (Slack gives 3 seconds), then answered
 * through the command's response URL, visible to the person who ran it.
 */
export function registerReviewCommand(app: App, deps: SlackDeps): void {
  app.command(COMMAND, async ({ ack, body }) => {
    await ack();
    const parsed = commandSchema.safeParse(body);
    if (!parsed.success) return deps.logger.warn('ignored a /ingest-review payload without a user');
    const command = parsed.data;
    deps.tasks.run('slash command', () => handleCommand(deps, command), () => {
      const text = 'Something went wrong while reviewing; it is in the server log. Please try again.';
      return send(deps, { user: command.user_id, responseUrl: command.response_url }, { text, blocks: [section(text)] });
    });
  });
}
