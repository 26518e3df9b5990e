import type { AnswerSource, AskResult } from '../../../src/answer/types.js';
import { COMMAND, VERB } from '../ids.js';
import { clarifyBody, unknownBody } from './choices.js';
import { button, card, subtle, text } from './elements.js';
import type { AdaptiveCard, CardAction, CardElement } from './kit.js';
import { link, literal } from './text.js';

function sourceLine(source: AnswerSource): string {
  const label = `${source.title.split(':')[0]} › ${source.heading}`;
  return source.url ? link(source.url, label) : `${literal(label)} (${source.doc}#${source.section})`;
}

/** A confident answer: the passage, its sources, and Helpful / Not helpful (stored with the question). */
function confidentCard(result: AskResult, questionId: number | null): AdaptiveCard {
  const body: CardElement[] = [text(literal(result.answer))];
  if (result.sources.length > 0) body.push(subtle(`**Sources:** ${result.sources.map(sourceLine).join(' · ')}`));
  const actions = questionId === null ? [] : [button('👍 Helpful', VERB.feedback, { q: questionId, h: true }), button('👎 Not helpful', VERB.feedback, { q: questionId, h: false })];
  return card(body, result.answer, actions);
}

/**
 * An answer, by its band: the answer with its sources; a "did you mean" with the two or three
 * sections to pick; or an "I don't know" with the nearest topics to pick and the review form.
 */
export function answerCard(result: AskResult, questionId: number | null): AdaptiveCard {
  if (result.band === 'answer') return confidentCard(result, questionId);
  if (result.band === 'clarify') return card(clarifyBody(result, questionId), result.answer);
  const review: CardAction[] = [button('Review a stream', VERB.openForm)];
  return card(unknownBody(result, questionId), result.answer, review);
}

/** The reply to a mention with nothing in it, and the welcome when the app is added. */
export function introCard(): AdaptiveCard {
  const body: CardElement[] = [
    text('Ask me about Salesforce Data 360 ingestion in plain words, e.g. _"what does upsert do with deleted records?"_ or _"why is my full refresh so expensive?"_'),
    text(`**${COMMAND.review}** checks a proposed Data Stream against the style guide (add \`key=value\` inputs, or send it alone for a form). **${COMMAND.digest} on** posts the daily digest of unchecked streams here; **${COMMAND.digest} off** stops it. **${COMMAND.status} Web orders** shows a stream's review state and run health.`),
    subtle('In a channel or group chat, mention me first.'),
  ];
  return card(body, 'Ask me about Data 360 ingestion, or review a Data Stream.', [button('Review a stream', VERB.openForm)]);
}
