import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOT, CHANNEL, execute, message, submit, USER } from './support/activities.js';
import { button, buttons, texts, type Card } from './support/cards.js';
import { post, useTeamsServer } from './support/teams-server.js';
import { cardProblems } from './support/valid-card.js';

const fx = useTeamsServer();

/** Sends an activity; returns the card the bot posted in reply, or null when it stayed silent. */
async function replyTo(activity: Record<string, unknown>): Promise<Card | null> {
  const before = fx.connector.posts.length;
  expect((await post(fx.server.url, activity)).status).toBe(200);
  if (fx.connector.posts.length === before) return null;
  const card = fx.connector.cards().at(-1)!;
  expect(cardProblems(card)).toEqual([]);
  return card;
}

function feedbackRows(): unknown[] {
  const db = new Database(join(fx.dir, 'advisor.db'), { readonly: true });
  const rows = db.prepare('SELECT q.question, q.via, f.by, f.helpful FROM answer_feedback f JOIN questions q ON q.id = f.question_id ORDER BY f.at').all();
  db.close();
  return rows;
}

const QUESTION = 'what does upsert do with deleted records?';

describe('questions in Teams', () => {
  it('answers a channel question that mentions the bot, in its thread, with a 1.5 card: answer, sources, Helpful / Not helpful', async () => {
    const before = fx.connector.posts.length;
    const card = await replyTo(message(fx.connector.serviceUrl, QUESTION, { id: 'q-1' }));
    const reply = fx.connector.posts[before]!;
    expect(reply.conversationId).toBe(`${CHANNEL};messageid=1700000000000`);
    expect(reply.replyTo).toBe('q-1');
    expect(reply.activity.from).toMatchObject({ id: BOT.id });
    expect(texts(card!)[0]).toMatch(/delete/i);
    expect(texts(card!).join(' ')).toContain('Sources:');
    expect(buttons(card!).map((b) => [b.type, b.verb, b.data.h])).toEqual([
      ['Action.Execute', 'answer.feedback', true],
      ['Action.Execute', 'answer.feedback', false],
    ]);
  });

  it('stays silent in a channel or group chat unless mentioned, and answers every personal message', async () => {
    expect(await replyTo(message(fx.connector.serviceUrl, QUESTION, { mention: false }))).toBeNull();
    expect(await replyTo(message(fx.connector.serviceUrl, QUESTION, { scope: 'groupChat', mention: false }))).toBeNull();
    expect(await replyTo(message(fx.connector.serviceUrl, QUESTION, { scope: 'groupChat' }))).not.toBeNull();
    expect(await replyTo(message(fx.connector.serviceUrl, QUESTION, { scope: 'personal' }))).not.toBeNull();
  });

  it('answers a delivery once however often Teams sends it', async () => {
    const activity = message(fx.connector.serviceUrl, QUESTION, { id: 'redelivered-1' });
    expect(await replyTo(activity)).not.toBeNull();
    expect(await replyTo(activity)).toBeNull();
  });

  it('stores Helpful (Action.Execute) and Not helpful (Action.Submit) with the question, via teams', async () => {
    const card = (await replyTo(message(fx.connector.serviceUrl, 'why is my full refresh so expensive?')))!;
    const helpful = button(card, '👍 Helpful');
    const answer = await post(fx.server.url, execute(fx.connector.serviceUrl, helpful.verb, helpful.data));
    expect(answer.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Thanks, noted as helpful.' });
    const notHelpful = button(card, '👎 Not helpful');
    const note = await replyTo(submit(fx.connector.serviceUrl, notHelpful.data));
    expect(texts(note!).join(' ')).toMatch(/list of gaps/);
    // The same person's later click replaces theirs.
    expect(feedbackRows()).toEqual([{ question: 'why is my full refresh so expensive?', via: 'teams', by: USER.aadObjectId, helpful: 0 }]);
  });

  it('introduces itself when mentioned with nothing to ask', async () => {
    const card = await replyTo(message(fx.connector.serviceUrl, ''));
    expect(texts(card!).join(' ')).toMatch(/ingest-review/);
  });
});
