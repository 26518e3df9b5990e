import type { AnswerSource, AskResult } from '../../../src/answer/types.js';
import { VERB } from '../ids.js';
import { button, container, text } from './elements.js';
import type { CardElement } from './kit.js';
import { LIMITS } from './limits.js';
import { literal } from './text.js';

/**
 * A section to pick: a tile that is one button, labelled with the section's heading. Teams cuts
 * a button's title to one line (at about 45 characters in a narrow card), while headings run to
 * 75; a tile's text wraps, so every heading shows whole at any width.
 */
function pickTile(source: AnswerSource, questionId: number | null): CardElement {
  const data = { ref: `${source.doc}#${source.section}`, ...(questionId !== null ? { q: questionId } : {}) };
  const pick = button(source.heading, VERB.topic, data, { maxTitle: LIMITS.pickTitle });
  return container([text(literal(source.heading), { weight: 'Bolder' })], { style: 'emphasis', selectAction: pick, spacing: 'Small' });
}

/** A close call: one short question, and the two or three sections it could be. */
export function clarifyBody(result: AskResult, questionId: number | null): CardElement[] {
  if (result.sources.length === 0) return [text(literal(result.answer))];
  return [text('Did you mean one of these?'), ...result.sources.map((s) => pickTile(s, questionId))];
}

/** Nothing matched well enough: the one sentence that says so, then the nearest topics, each named once. */
export function unknownBody(result: AskResult, questionId: number | null): CardElement[] {
  const body: CardElement[] = [text(literal(result.answer))];
  if (result.sources.length > 0) body.push(text('Nearest topics:', { spacing: 'Medium' }), ...result.sources.map((s) => pickTile(s, questionId)));
  return body;
}
