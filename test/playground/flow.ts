import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import type { Advisor } from '../../src/answer/advisor.js';
import { questionInBand } from '../adapters/support/band-questions.js';
import type { ChatPage } from './chat-page.js';

/** The pictures the flow takes, in order; the README shows them. */
export const SHOTS = ['answer', 'clarify', 'unknown', 'review-form', 'checklist', 'digest'] as const;
export type Shot = (typeof SHOTS)[number];

export interface FlowOptions {
  advisor: Advisor;
  /** Posts today's digest to the conversations that asked for it (`ingest-advisor digest --post`). */
  postDigest: () => Promise<void>;
  /** Where the pictures go: `<dir>/<shot>.png`. */
  shotsDir: string;
}

/** What went wrong at one step: the Playground rejected a card, a label was cut, or the card lacked what it should show. */
export interface StepProblem {
  step: Shot;
  problem: string;
}

/** The review form as a person fills it: the README's failing stream, a full refresh behind an hourly decision. */
const FORM: ReadonlyArray<[label: RegExp, value: string, kind: 'text' | 'choice']> = [
  [/^Stream name/, 'Web orders', 'text'],
  [/^Connector/, 's3', 'choice'],
  [/^Category/, 'engagement', 'choice'],
  [/^Refresh mode/, 'full-refresh', 'choice'],
  [/^Schedule/, 'daily', 'choice'],
  [/^Decision freshness/, 'hourly', 'choice'],
  [/^Rows in the source/, '60000000', 'text'],
  [/^Owner/, 'web-data-team', 'text'],
];

async function fill(chat: ChatPage, form: Locator): Promise<void> {
  for (const [label, value, kind] of FORM) {
    if (kind === 'text') {
      await form.getByRole(label.source.includes('Rows') ? 'spinbutton' : 'textbox', { name: label }).fill(value);
      continue;
    }
    await form.getByRole('combobox', { name: label }).click();
    await chat.page.getByRole('option', { name: value, exact: true }).click();
  }
}

/**
 * A new user's tour of the advisor in Teams: a question it answers, a close call and a pick from
 * it, one it cannot answer, the review form filled in and its checklist recorded, and the daily
 * digest. Each step takes its picture and checks its card; the problems found are returned.
 */
export async function runFlow(chat: ChatPage, options: FlowOptions): Promise<StepProblem[]> {
  const problems: StepProblem[] = [];
  const shot = (name: Shot) => join(options.shotsDir, `${name}.png`);
  const check = async (step: Shot, card: Locator, shows: readonly string[]) => {
    const text = await card.innerText();
    for (const wanted of shows) if (!text.includes(wanted)) problems.push({ step, problem: `the card does not show "${wanted}"` });
    for (const label of await chat.clippedLabels(card)) problems.push({ step, problem: `the button "${label}" is cut short` });
    for (const problem of await chat.problems()) if (!problems.some((p) => p.problem === problem)) problems.push({ step, problem });
  };
  const ask = async (step: Shot, question: string, shows: readonly string[]) => {
    const card = await chat.send(question);
    await check(step, card, shows);
    await chat.shoot(shot(step), [await chat.sent(question), card]);
    return card;
  };

  const answerQuestion = questionInBand(options.advisor, 'answer');
  await ask('answer', answerQuestion, ['Sources:', 'Helpful', 'Not helpful']);

  const clarifyQuestion = questionInBand(options.advisor, 'clarify');
  const choices = options.advisor.ask(clarifyQuestion).sources.map((s) => s.heading);
  const clarify = await ask('clarify', clarifyQuestion, ['Did you mean one of these?', ...choices]);
  const picked = await chat.expectNewCard(() => clarify.getByRole('button', { name: choices[0], exact: true }).click());
  await check('clarify', picked, ['Helpful']);

  const unknownQuestion = questionInBand(options.advisor, 'unknown');
  const topics = options.advisor.ask(unknownQuestion).sources.map((s) => s.heading);
  await ask('unknown', unknownQuestion, ["I don't know", ...topics, 'Review a stream']);

  const form = await chat.send('ingest-review');
  await fill(chat, form);
  await check('review-form', form, ['Review a Data Stream']);
  await chat.revealTop(form);
  await chat.shoot(shot('review-form'), [form], form.getByText('Freshness and volume', { exact: true }));

  await form.getByRole('button', { name: 'Review', exact: true }).click();
  await form.getByText('Verdict:').first().waitFor();
  await check('checklist', form, ['Do not ship: Web orders', 'Record review']);
  await chat.revealTop(form);
  await chat.shoot(shot('checklist'), [form]);
  await form.getByRole('button', { name: 'Record review', exact: true }).click();
  await form.getByText('Recorded by').first().waitFor();

  await chat.send('digest on');
  const digest = await chat.expectNewCard(options.postDigest);
  await check('digest', digest, ['Unchecked Data Streams', 'Failed review', 'Never reviewed']);
  await chat.revealTop(digest);
  await chat.shoot(shot('digest'), [digest]);
  return problems;
}
