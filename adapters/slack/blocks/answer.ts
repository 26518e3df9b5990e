import type { AnswerSource, AskResult } from '../../../src/answer/types.js';
import { ACTION, indexed } from '../ids.js';
import type { SlackMessage } from '../reply.js';
import { actions, button, context, fitMessage, section, type Block } from './kit.js';
import { escapeMrkdwn, link } from './text.js';

function sourceLine(source: AnswerSource): string {
  const label = `${source.title.split(':')[0]} › ${source.heading}`;
  return source.url ? link(source.url, label) : `${escapeMrkdwn(label)} (\`${source.doc}#${source.section}\`)`;
}

/**
 * An answer in a thread. Confident: the answer, its sources, and Helpful / Not helpful.
 * Not confident: it says so, offers the closest topics as buttons, and the review form.
 */
export function answerMessage(result: AskResult, questionId: number | null): SlackMessage {
  const blocks: Block[] = [section(escapeMrkdwn(result.answer))];
  if (result.confident) {
    if (result.sources.length > 0) blocks.push(context(`*Sources:* ${result.sources.map(sourceLine).join(' · ')}`));
    if (questionId !== null) {
      blocks.push(actions([button('👍 Helpful', ACTION.helpful, String(questionId)), button('👎 Not helpful', ACTION.notHelpful, String(questionId))], 'feedback'));
    }
  } else {
    const topics = result.sources.map((source, i) => button(source.heading, indexed(ACTION.topic, i), `${source.doc}#${source.section}`));
    if (topics.length > 0) blocks.push(context('*Closest topics I have:* pick one to read it here.'));
    blocks.push(actions([...topics, button('Review a stream: /ingest-review', ACTION.openReview, '')], 'topics'));
  }
  return { text: result.answer, blocks: fitMessage(blocks) };
}

/** The reply to a mention with no question in it. */
export function introMessage(): SlackMessage {
  const text =
    'Ask me about Salesforce Data 360 ingestion in plain words, e.g. _"what does upsert do with deleted records?"_ or _"why is my full refresh so expensive?"_. ' +
    'To check a proposed Data Stream against the style guide, use `/ingest-review`.';
  return { text, blocks: [section(text), actions([button('Review a stream', ACTION.openReview, '')])] };
}
