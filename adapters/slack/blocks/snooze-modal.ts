import { VIEW } from '../ids.js';
import { section, type ModalView } from './kit.js';
import { LIMITS } from './limits.js';
import { escapeMrkdwn, plain } from './text.js';

export const SNOOZE_DAYS = 7;
export const REASON_BLOCK = 'reason';

/** Asks why a stream may stay unchecked for a week; the reason is recorded with the snooze. */
export function snoozeModal(stream: string, privateMetadata: string): ModalView {
  return {
    type: 'modal',
    callback_id: VIEW.snooze,
    title: plain(`Snooze ${SNOOZE_DAYS} days`, LIMITS.modalTitle),
    submit: plain('Snooze', LIMITS.modalButton),
    close: plain('Cancel', LIMITS.modalButton),
    private_metadata: privateMetadata,
    blocks: [
      section(`Leave *${escapeMrkdwn(stream)}* out of the digest for ${SNOOZE_DAYS} days. The reason and your name are recorded.`),
      {
        type: 'input',
        block_id: REASON_BLOCK,
        label: plain('Reason', LIMITS.inputLabel),
        hint: plain('e.g. "migration to the new connector lands next sprint"', LIMITS.hint),
        element: { type: 'plain_text_input', action_id: REASON_BLOCK, multiline: true, max_length: 500 },
      },
    ],
  };
}
