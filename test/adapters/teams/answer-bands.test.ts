import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Advisor } from '../../../src/answer/advisor.js';
import { loadAdvisor } from '../../../src/answer/load-advisor.js';
import { runInProcess } from '../../cli/run-in-process.js';
import { questionInBand } from '../support/band-questions.js';
import { execute, message, submit, USER } from './support/activities.js';
import { buttons, texts, type Button, type Card } from './support/cards.js';
import { post, useTeamsServer } from './support/teams-server.js';
import { cardProblems } from './support/valid-card.js';
import { textContrasts } from './support/readability.js';
import { literal } from '../../../adapters/teams/cards/text.js';

const fx = useTeamsServer();
let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor({});
});

/** Sends a question in the channel; returns the card the bot answered with, checked valid and readable. */
async function ask(question: string): Promise<Card> {
  const before = fx.connector.posts.length;
  expect((await post(fx.server.url, message(fx.connector.serviceUrl, question))).status).toBe(200);
  expect(fx.connector.posts).toHaveLength(before + 1);
  const card = fx.connector.cards().at(-1)!;
  expect(cardProblems(card)).toEqual([]);
  expect(textContrasts(card).filter((t) => t.ratio < 4.5)).toEqual([]);
  return card;
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(fx.dir, 'advisor.db'), { readonly: true });
  const rows = db.prepare(sql).all(...params) as T[];
  db.close();
  return rows;
}

/** The sections a card offers to pick: its clickable tiles, in order. */
const picks = (card: Card): Button[] => buttons(card).filter((b) => b.verb === 'answer.topic');
const shown = (card: Card) => JSON.stringify(card);

describe('answer bands in Teams', () => {
  it('a confident answer: the passage, its sources and Helpful / Not helpful, recorded as answered', async () => {
    const question = questionInBand(advisor, 'answer');
    const card = await ask(question);
    expect(texts(card).join(' ')).toContain('Sources:');
    expect(buttons(card).map((b) => [b.verb, b.data.h])).toEqual([
      ['answer.feedback', true],
      ['answer.feedback', false],
    ]);
    expect(query('SELECT band FROM questions WHERE question = ?', question)).toEqual([{ band: 'answer' }]);
  });

  it('a close call: "Did you mean one of these?" and one tile per section, showing its whole heading', async () => {
    const question = questionInBand(advisor, 'clarify');
    const expected = advisor.ask(question).sources;
    const card = await ask(question);
    const id = query<{ id: number }>("SELECT id FROM questions WHERE question = ? AND band = 'clarify'", question)[0]!.id;
    expect(texts(card)).toEqual(['Did you mean one of these?', ...expected.map((s) => literal(s.heading))]);
    expect(picks(card).map((b) => [b.title, b.data])).toEqual(expected.map((s) => [s.heading, { ref: `${s.doc}#${s.section}`, q: id, verb: 'answer.topic' }]));
    expect(buttons(card)).toHaveLength(expected.length);
  });

  it('a click on a choice answers from that section as a new card, records the pick, and gaps shows it', async () => {
    const question = questionInBand(advisor, 'clarify');
    const choice = picks(await ask(question))[1]!;
    const ref = String(choice.data.ref);
    const before = fx.connector.posts.length;
    const clicked = await post(fx.server.url, execute(fx.connector.serviceUrl, choice.verb, choice.data));
    expect(clicked.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(fx.connector.posts).toHaveLength(before + 1);
    const answer = fx.connector.cards().at(-1)!;
    expect(cardProblems(answer)).toEqual([]);
    expect(texts(answer)[0]).toBe(literal(advisor.answerSection(ref)!.answer));
    expect(buttons(answer).map((b) => [b.verb, b.data.q])).toEqual([
      ['answer.feedback', choice.data.q],
      ['answer.feedback', choice.data.q],
    ]);
    expect(query('SELECT by, section FROM answer_picks WHERE question_id = ?', choice.data.q)).toEqual([{ by: USER.aadObjectId, section: ref }]);

    const gaps = await runInProcess(['gaps'], { env: { INGEST_ADVISOR_DB: join(fx.dir, 'advisor.db') }, cwd: fx.dir });
    expect(gaps.stdout).toContain(`${question}  (clarify, last `);
    expect(gaps.stdout).toContain(`; picked: ${ref})`);
  });

  it('nothing matches: one short sentence, the nearest topics named once (on their tiles), Review a stream, no command syntax', async () => {
    const question = questionInBand(advisor, 'unknown');
    const result = advisor.ask(question);
    const card = await ask(question);
    expect(texts(card)).toEqual([literal(result.answer), 'Nearest topics:', ...result.sources.map((s) => literal(s.heading))]);
    expect(result.answer).toMatch(/^[^.?!]+[.?!]$/);
    expect(buttons(card).map((b) => [b.verb, b.title])).toEqual([...result.sources.map((s) => ['answer.topic', s.heading]), ['review.open', 'Review a stream']]);
    expect(shown(card)).not.toMatch(/ingest-review|ingest-advisor|`/);
    expect(query('SELECT band FROM questions WHERE question = ?', question)).toEqual([{ band: 'unknown' }]);
  });

  it('a nearest topic picked with Action.Submit (older clients) is answered as a new card and recorded', async () => {
    const question = questionInBand(advisor, 'unknown');
    const topic = picks(await ask(question))[0]!;
    expect((await post(fx.server.url, submit(fx.connector.serviceUrl, topic.data))).status).toBe(200);
    expect(texts(fx.connector.cards().at(-1)!)[0]).toBe(literal(advisor.answerSection(String(topic.data.ref))!.answer));
    expect(query('SELECT section FROM answer_picks WHERE question_id = ?', topic.data.q)).toEqual([{ section: topic.data.ref }]);
  });

  it('says a pick is out of date when its section is gone, and answers one from before picks were recorded', async () => {
    const stale = await post(fx.server.url, execute(fx.connector.serviceUrl, 'answer.topic', { ref: 'gotchas#no-such-section', q: 1 }));
    expect(stale.body).toMatchObject({ statusCode: 200, value: 'This card is out of date; ask the question again.' });
    const before = fx.connector.posts.length;
    await post(fx.server.url, execute(fx.connector.serviceUrl, 'answer.topic', { ref: 'gotchas#full-refresh-cost' }));
    expect(fx.connector.posts).toHaveLength(before + 1);
    expect(buttons(fx.connector.cards().at(-1)!)).toEqual([]);
  });
});
