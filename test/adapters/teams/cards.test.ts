import { beforeAll, describe, expect, it } from 'vitest';
import { loadAdvisor } from '../../../src/answer/load-advisor.js';
import type { Advisor } from '../../../src/answer/advisor.js';
import type { Digest } from '../../../src/digest/model.js';
import { reviewStream } from '../../../src/review/engine.js';
import { parseStreamDescription } from '../../../src/review/schema.js';
import { answerCard, introCard } from '../../../adapters/teams/cards/answer.js';
import { digestCard } from '../../../adapters/teams/cards/digest.js';
import { helpCard } from '../../../adapters/teams/cards/help.js';
import { noticeCard } from '../../../adapters/teams/cards/notice.js';
import { recordedReviewCard, unknownStreamCard } from '../../../adapters/teams/cards/recorded-review.js';
import { refRenderer } from '../../../adapters/teams/cards/refs.js';
import { reviewFormCard } from '../../../adapters/teams/cards/review-form.js';
import { finishedChecklistCard, stepCard } from '../../../adapters/teams/cards/review-step.js';
import { recordedNote } from '../../../adapters/teams/cards/recorded-note.js';
import { literal } from '../../../adapters/teams/cards/text.js';
import { draftFromText, nextStep } from '../../../adapters/teams/review-flow.js';
import { questionInBand } from '../support/band-questions.js';
import { texts } from './support/cards.js';
import { contrast, textContrasts } from './support/readability.js';
import { cardProblems } from './support/valid-card.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor({});
});

const shipping = parseStreamDescription({ name: 'Web orders', connector: 's3', category: 'engagement', dataShape: 'event', eventTimeField: 'at', refreshMode: 'upsert', primaryKey: 'id', keyUnique: 'true', deletes: 'delete-file', schedule: 'hourly', decisionFreshness: 'hourly', uses: 'segmentation', owner: 'web', alerting: 'true' });
const stream = parseStreamDescription({ name: 'Web *orders* [x](http://evil)', connector: 's3', category: 'engagement', refreshMode: 'full-refresh', sourceRows: '900,000,000', schedule: '15min' });

function bigDigest(entries: number): Digest {
  const entry = (i: number) => ({ stream: `Stream ${i} ${'long name '.repeat(8)}`, connector: 's3', owner: 'team', reason: 'never-reviewed' as const, line: `Never reviewed ${'because '.repeat(20)}`, lastReview: null });
  return {
    asOf: new Date('2026-11-25T09:00:00Z'),
    timeZone: 'UTC',
    total: entries,
    unchecked: entries,
    snoozed: 2,
    groups: [{ reason: 'never-reviewed', title: 'Never reviewed', count: entries, entries: Array.from({ length: entries }, (_, i) => entry(i)), more: 0 }],
    more: 0,
  };
}

const CARDS: Array<[string, () => object]> = [
    ['a confident answer', () => answerCard(advisor.ask('what does upsert do with deleted records?'), 7)],
    ['a "did you mean"', () => answerCard(advisor.ask(questionInBand(advisor, 'clarify')), 8)],
    ['an "I don\'t know" with the nearest topics', () => answerCard(advisor.ask(questionInBand(advisor, 'unknown')), 9)],
    ['an "I don\'t know" with nothing near', () => answerCard(advisor.ask('recipe for pancakes'), 10)],
    ['the introduction', () => introCard()],
    ['the empty form', () => reviewFormCard()],
    ['the form with errors and values', () => reviewFormCard({ values: { name: 'x', connector: 'ftp', sourceRows: '-5', uses: ['analytics', 'other:finance'] }, errors: { connector: 'bad', sourceRows: 'bad', '': 'general' } })],
    ['the help', () => helpCard()],
    ['a checklist', () => finishedChecklistCard(stream, reviewStream(stream), refRenderer(advisor, 'https://docs.example.com/kb'))],
    ['a recorded checklist', () => finishedChecklistCard(stream, reviewStream(stream), refRenderer(advisor, null), recordedNote(stream.name, 'do-not-ship', 'Ada', new Date()))],
    ['a follow-up with buttons', () => stepCard(nextStep((draftFromText('name=x connector=s3 refreshMode=upsert') as { draft: object }).draft, {}), refRenderer(advisor, null))],
    ['a follow-up with a field and an error', () => stepCard(nextStep((draftFromText('name=x connector=s3 category=profile refreshMode=upsert') as { draft: object }).draft, {}), refRenderer(advisor, null), 'nope')],
    ['an invalid inline review', () => stepCard(draftFromText('name=x connector=s4') as never, refRenderer(advisor, null))],
    ['an unknown stream', () => unknownStreamCard('Nope')],
    ['a never-reviewed stream', () => recordedReviewCard({ name: 'A', description: {}, latest: null }, refRenderer(advisor, null))],
    ['a notice', () => noticeCard('**Done**', 'Done')],
    ['a digest', () => digestCard(bigDigest(3), '2026-11-25')],
    ['a digest too long for one card', () => digestCard(bigDigest(40), '2026-11-25')],
    ['a recorded review that ships', () => finishedChecklistCard(shipping, reviewStream(shipping), refRenderer(advisor, null), recordedNote(shipping.name, 'ship', 'Ada', new Date()))],
    ['a follow-up under the checklist so far', () => stepCard(nextStep((draftFromText('name=x connector=salesforce-crm category=engagement refreshMode=upsert') as { draft: object }).draft, {}), refRenderer(advisor, null), 'nope')],
];

describe('every Teams card is valid Adaptive Card 1.5 within Teams’ size limit', () => {
  it.each(CARDS)('%s', (_name, render) => {
    expect(cardProblems(render())).toEqual([]);
  });

  it('cuts a long digest to fit and says how to see the rest', () => {
    const card = digestCard(bigDigest(40), '2026-11-25');
    const all = texts(card).join('\n');
    expect(all).toMatch(/… and \d+ more never reviewed/);
    expect(all).toMatch(/ingest-advisor digest/);
  });

  it('keeps what people typed literal: no links or emphasis from a stream name', () => {
    expect(literal('Web *orders* [x](http://evil)')).toBe('Web \\*orders\\* \\[x\\](http://evil)');
    const card = finishedChecklistCard(stream, reviewStream(stream), refRenderer(advisor, null));
    expect(texts(card)[0]).toContain('Web \\*orders\\* \\[x\\](http://evil)');
  });

  it('the adaptivecards SDK catches what is not 1.5 (so the checks above mean something)', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] }).join(' ')).toMatch(/Unknown element type "Bogus"/);
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text', id: 'a' }, { type: 'Input.Text', id: 'a' }] }).join(' ')).toMatch(/Duplicate Id/);
  });
});

describe('every Teams card is readable in Teams’ light and dark themes', () => {
  it.each(CARDS)('%s: every text has a contrast of at least 4.5:1', (_name, render) => {
    const low = textContrasts(render()).filter((t) => t.ratio < 4.5);
    expect(low).toEqual([]);
  });

  it('the check fails on what was hard to read: green text on the green verdict, green text on white', () => {
    const before = { type: 'AdaptiveCard', body: [{ type: 'Container', style: 'good', items: [{ type: 'TextBlock', text: 'Verdict: ship', color: 'Good' }] }, { type: 'TextBlock', text: 'Recorded by', color: 'Good' }] };
    expect(textContrasts(before).filter((t) => t.ratio < 4.5).map((t) => `${t.theme}: ${t.text}`)).toEqual(['light: Verdict: ship', 'dark: Verdict: ship', 'light: Recorded by']);
    expect(contrast('#000000', '#FFFFFF')).toBe(21);
  });

  it('gives the verdict its emphasis through the container style, with text in the default colour', () => {
    const body = (finishedChecklistCard(stream, reviewStream(stream), refRenderer(advisor, null)) as { body: Array<{ type: string; style?: string; items?: Array<{ color?: string }> }> }).body;
    expect(body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(body[0]!.items!.every((item) => item.color === undefined)).toBe(true);
  });
});

