import type { types } from '@slack/bolt';
import { LIMITS } from './limits.js';
import { clip, mrkdwn, plain } from './text.js';

export type Block = types.KnownBlock;
export type Button = types.Button;
export type ModalView = types.ModalView;
export type PlainTextOption = types.PlainTextOption;

/** A section of mrkdwn, cut to Slack's 3,000 characters. */
export function section(text: string, blockId?: string): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text), ...(blockId ? { block_id: blockId } : {}) };
}

export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: plain(text, LIMITS.headerText) };
}

export function context(...texts: string[]): types.ContextBlock {
  return { type: 'context', elements: texts.slice(0, LIMITS.contextElements).map((text) => mrkdwn(text)) };
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

export function button(text: string, actionId: string, value?: string, style?: 'primary' | 'danger'): Button {
  if (value !== undefined && value.length > LIMITS.buttonValue) throw new Error(`button value of ${actionId} is ${value.length} characters; Slack allows ${LIMITS.buttonValue}`);
  return { type: 'button', text: plain(text, LIMITS.buttonText), action_id: actionId, ...(value !== undefined ? { value } : {}), ...(style ? { style } : {}) };
}

export function actions(elements: types.ActionsBlockElement[], blockId?: string): types.ActionsBlock {
  return { type: 'actions', elements: elements.slice(0, LIMITS.actionsElements), ...(blockId ? { block_id: blockId } : {}) };
}

export function option(text: string, value: string): PlainTextOption {
  return { text: plain(text, LIMITS.optionText), value: clip(value, LIMITS.optionValue) };
}

/** Keeps a message within Slack's 50 blocks: the tail is replaced by a note saying it was cut. */
export function fitMessage(blocks: Block[], note = 'The rest was cut to fit in one Slack message.'): Block[] {
  if (blocks.length <= LIMITS.messageBlocks) return blocks;
  return [...blocks.slice(0, LIMITS.messageBlocks - 1), context(`_${note}_`)];
}

/** A message's `text`: the notification line and what clients without blocks show. */
export function fallbackText(text: string): string {
  return clip(text, LIMITS.messageText);
}
