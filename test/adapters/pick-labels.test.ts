import { describe, expect, it } from 'vitest';
import { loadAdvisor } from '../../src/answer/load-advisor.js';
import type { AnswerSource, AskResult } from '../../src/answer/types.js';
import { answerMessage } from '../../adapters/slack/blocks/answer.js';
import { answerCard } from '../../adapters/teams/cards/answer.js';
import { buttons } from './teams/support/cards.js';

const advisor = await loadAdvisor({});
const sources: AnswerSource[] = advisor.knowledge.documents.flatMap((d) => d.sections.map((s) => ({ doc: d.id, section: s.slug, title: d.title, heading: s.heading, score: 0.5 })));

/** Every section of the real knowledge base offered as a "did you mean" choice, three at a time. */
function asChoices(): AskResult[] {
  const results: AskResult[] = [];
  for (let i = 0; i < sources.length; i += 3) results.push({ question: 'q', band: 'clarify', confident: false, answer: 'Did you mean …?', sources: sources.slice(i, i + 3) });
  return results;
}

describe('a picked section is labelled with its whole heading, for every section of the knowledge base', () => {
  it('Slack: each heading fits a button (75 characters) and is shown uncut', () => {
    const labels = asChoices().flatMap((result) => answerMessage(result, 1).blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => (e.type === 'button' ? e.text.text : '')) : [])));
    expect(labels).toEqual(sources.map((s) => s.heading));
  });

  it('Teams: each heading is a tile’s text and its action’s title, uncut', () => {
    const titles = asChoices().flatMap((result) => buttons(answerCard(result, 1)).map((b) => b.title));
    expect(titles).toEqual(sources.map((s) => s.heading));
  });
});
