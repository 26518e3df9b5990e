import type { AnswerSource, AskResult } from '../../../src/answer/types.js';
import { ACTION, indexed } from '../ids.js';
import { pickValue } from '../pick-value.js';
import { actions, button, context, section, type Block } from './kit.js';
import { escapeMrkdwn } from './text.js';

/** A section to pick, labelled with its heading alone: the longest heading fits a button whole. */
function pickButton(source: AnswerSource, index: number, questionId: number | null) {
  return button(source.heading, indexed(ACTION.topic, index), pickValue(questionId, `${source.doc}#${source.section}`));
}

/** A close call: one short question, and the two or three sections it could be as buttons. */
export function clarifyBlocks(result: AskResult, questionId: number | null): Block[] {
  if (result.sources.length === 0) return [section(escapeMrkdwn(result.answer))];
  return [section('Did you mean one of these?'), actions(result.sources.map((s, i) => pickButton(s, i, questionId)), 'choices')];
}

/**
 * Nothing matched well enough: the one sentence that says so, the nearest topics as buttons
 * (each named once, on its button), and the review form for a question about a stream's design.
 */
export function unknownBlocks(result: AskResult, questionId: number | null): Block[] {
  const blocks: Block[] = [section(escapeMrkdwn(result.answer))];
  if (result.sources.length > 0) blocks.push(context('Nearest topics:'), actions(result.sources.map((s, i) => pickButton(s, i, questionId)), 'topics'));
  blocks.push(actions([button('Review a stream', ACTION.openReview, '')], 'review'));
  return blocks;
}
