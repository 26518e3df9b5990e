import type { AnswerSource, AskResult } from '../../../src/answer/types.js';
import { ACTION } from '../ids.js';
import type { SlackMessage } from '../reply.js';
import { clarifyBlocks, unknownBlocks } from './choices.js';
import { actions, button, context, fitMessage, section, type Block } from './kit.js';
import { escapeMrkdwn, link } from './text.js';

function sourceLine(source: AnswerSource): string {
  const label = `${source.title.split(':')[0]} › ${source.heading}`;
  return source.url ? link(source.url, label) : `${escapeMrkdwn(label)} (\`${source.doc}#${source.section}\`)`;
}

/** A confident answer: the passage, its sources, and Helpful / Not helpful (stored with the question). */
function answerBlocks(result: AskResult, questionId: number | null): Block[] {
  const blocks: Block[] = [section(escapeMrkdwn(result.answer))];
  if (result.sources.length > 0) blocks.push(context(`*Sources:* ${result.sources.map(sourceLine).join(' · ')}`));
  if (questionId !== null) {
    blocks.push(actions([button('👍 Helpful', ACTION.helpful, String(questionId)), button('👎 Not helpful', ACTION.notHelpful, String(questionId))], 'feedback'));
  }
  return blocks;
}

/** An answer in a thread, by its band: the answer, a "did you mean" with choices, or an "I don't know" with the nearest topics. */
export function answerMessage(result: AskResult, questionId: number | null): SlackMessage {
  const render = { answer: answerBlocks, clarify: clarifyBlocks, unknown: unknownBlocks }[result.band];
  return { text: result.answer, blocks: fitMessage(render(result, questionId)) };
}

/** The reply to a mention with no question in it. */
export function introMessage(): SlackMessage {
  const text =
    'Ask me about Salesforce Data 360 ingestion in plain words, e.g. _"what does upsert do with deleted records?"_ or _"why is my full refresh so expensive?"_. ' +
    'To check a proposed Data Stream against the style guide, use `/ingest-review`.';
  return { text, blocks: [section(text), actions([button('Review a stream', ACTION.openReview, '')])] };
}
