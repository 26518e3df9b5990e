import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_CATALOGUE } from '../../../src/review/input-catalogue.js';
import { execute, submit, USER } from './support/activities.js';
import { button, buttons, inputs, invokeCard, texts, type Card } from './support/cards.js';
import { post, useTeamsServer } from './support/teams-server.js';
import { cardProblems } from './support/valid-card.js';
import { cardReply } from './support/card-reply.js';

const fx = useTeamsServer();

const SHIPPABLE =
  'name="Web orders" connector=s3 category=engagement dataShape=event eventTimeField=ordered_at refreshMode=upsert primaryKey=order_id keyUnique=true ' +
  'deletes=delete-file schedule=hourly decisionFreshness=hourly uses=segmentation owner=web-team alerting=true';

/** Sends a message and returns the card the bot replied with. */
const say = (text: string): Promise<Card> => cardReply(fx, text);

/** Clicks an Action.Execute button (with form values merged in, as Teams does) and returns the refreshed card. */
async function click(verb: string, data: Record<string, unknown>): Promise<Card> {
  const answer = await post(fx.server.url, execute(fx.connector.serviceUrl, verb, data));
  expect(answer.status).toBe(200);
  const card = invokeCard(answer.body);
  if (!card) throw new Error(`expected a card, got ${JSON.stringify(answer.body)}`);
  expect(cardProblems(card)).toEqual([]);
  return card;
}

describe('ingest-review in Teams', () => {
  it('reviews inline input with the right verdict and a Record button', async () => {
    const card = await say(`ingest-review ${SHIPPABLE}`);
    expect(texts(card)[0]).toBe('🟢 Ship: Web orders');
    expect(texts(card).filter((t) => /^(✅|⚠️|❌|➖|❓) \*\*/.test(t))).toHaveLength(10);
    expect(buttons(card).map((b) => b.verb)).toEqual(['review.record', 'review.open']);
  });

  it('reports a do-not-ship stream with the failing rule, its mark and fix', async () => {
    const card = await say('ingest-review name="Cart events" connector=s3 category=profile dataShape=event refreshMode=incremental');
    expect(texts(card)[0]).toBe('⛔ Do not ship: Cart events');
    const all = texts(card).join('\n');
    expect(all).toMatch(/❌ \*\*The connector offers the refresh mode\*\*|❌ \*\*.*\*\* · _fail_/);
    expect(all).toMatch(/\*\*Fix:\*\*/);
  });

  it('names a bad key or value instead of guessing', async () => {
    const card = await say('ingest-review name=x connector=s4 category=profile refreshMode=upsert');
    expect(texts(card).join(' ')).toMatch(/connector.*did you mean s3/);
  });

  it('asks for missing inputs as follow-up cards, buttons for short choices, and goes on from each answer', async () => {
    const first = await say('ingest-review name="Orders" connector=salesforce-crm refreshMode=upsert');
    expect(texts(first).join(' ')).toMatch(/Which category/);
    // No checklist yet, so nothing to finish with: the answers only.
    expect(buttons(first).map((b) => b.title)).toEqual(['profile', 'engagement', 'other']);
    const engagement = button(first, 'engagement');
    const second = await click(engagement.verb, engagement.data);
    // Required inputs given: the checklist so far on top, then a rule's question, and the way out is to finish with it as it is.
    expect(texts(second)[0]).toMatch(/: Orders$/);
    expect(buttons(second).map((b) => b.title).at(-1)).toBe('Finish without answering');
    expect(buttons(second).map((b) => b.title)).not.toContain('Show the checklist now');
    expect(texts(second).join(' ')).not.toMatch(/Before it ships/);
    const third = await click('review.show', button(second, 'Finish without answering').data);
    expect(texts(third)[0]).toMatch(/: Orders$/);
    expect(buttons(third).map((b) => b.title)).toEqual(['Record review', 'Edit in the form']);
  });

  it('asks a free-text input with its field and a Next button', async () => {
    const first = await say('ingest-review connector=s3 category=profile refreshMode=upsert');
    expect(inputs(first).map((i) => i.id)).toEqual(['name']);
    const next = button(first, 'Next');
    const second = await click(next.verb, { ...next.data, name: 'Customers' });
    expect(texts(second).join(' ')).toContain('Customers');
  });

  it('sends a form with every input, choice sets for allowed values, number inputs for counts, and help', async () => {
    const card = await say('ingest-review');
    const fields = inputs(card);
    for (const spec of INPUT_CATALOGUE) {
      const field = fields.find((f) => f.id === spec.key)!;
      expect(field, spec.key).toBeDefined();
      expect(field.label).toBe(spec.label);
      if (spec.kind === 'choice') expect(field.choices!.map((c) => c.value)).toEqual(spec.values);
      if (spec.kind === 'count') expect(field.type).toBe('Input.Number');
      if (spec.kind === 'use-list') expect(field.isMultiSelect).toBe(true);
      if (spec.required) expect(field.isRequired).toBe(true);
      expect(texts(card)).toContain(spec.help);
    }
    expect(buttons(card).map((b) => b.verb)).toEqual(['review.submit']);
  });

  it('brings the form back with the field named when a submitted value is invalid (Action.Execute)', async () => {
    const values = { name: 'Orders', connector: 'ftp', category: 'profile', refreshMode: 'upsert', sourceRows: '-5' };
    const card = await click('review.submit', values);
    const all = texts(card).join('\n');
    expect(all).toMatch(/Fix \*\*connector\*\*, \*\*sourceRows\*\* and submit again/);
    expect(all).toMatch(/⚠️ Connector \(connector\): connector cannot be "ftp"/);
    expect(all).toMatch(/⚠️ Rows in the source \(sourceRows\): sourceRows must be a whole number/);
    // What was typed is kept, so only the bad value needs fixing.
    expect(inputs(card).find((i) => i.id === 'name')!.value).toBe('Orders');
  });

  it('answers an Action.Submit of the form with a new message: the form with errors, then the checklist', async () => {
    const before = fx.connector.posts.length;
    await post(fx.server.url, submit(fx.connector.serviceUrl, { verb: 'review.submit', name: 'Orders', connector: 's3', category: 'profile' }));
    await fx.connector.waitForPosts(before + 1);
    expect(texts(fx.connector.cards().at(-1)!).join(' ')).toMatch(/refreshMode/);
    await post(fx.server.url, submit(fx.connector.serviceUrl, { verb: 'review.submit', name: 'Orders', connector: 's3', category: 'profile', refreshMode: 'upsert', uses: 'segmentation,analytics', usesOther: 'finance reports' }));
    await fx.connector.waitForPosts(before + 2);
    const checklist = fx.connector.cards().at(-1)!;
    expect(cardProblems(checklist)).toEqual([]);
    expect(texts(checklist)[0]).toMatch(/: Orders$/);
    expect(button(checklist, 'Record review').data.s).toMatchObject({ uses: ['analytics', 'other:finance reports', 'segmentation'] });
  });

  it('records a review with the Teams user as reviewer, via teams, and shows it as the latest review', async () => {
    const checklist = await say(`ingest-review ${SHIPPABLE}`);
    const record = button(checklist, 'Record review');
    const recorded = await click(record.verb, record.data);
    expect(texts(recorded).join(' ')).toMatch(/📝 \*\*Recorded\*\* by \*\*Ada Lovelace\*\*.*Web orders\*\* is now checked/);
    // A review that ships needs no way back.
    expect(buttons(recorded)).toEqual([]);
    const db = new Database(join(fx.dir, 'advisor.db'), { readonly: true });
    const row = db.prepare("SELECT r.verdict, r.by, r.via FROM reviews r JOIN streams s ON s.id = r.stream_id WHERE s.name = 'Web orders'").get();
    db.close();
    expect(row).toEqual({ verdict: 'ship', by: USER.name, via: 'teams' });
    const latest = await say('ingest-review web orders');
    expect(texts(latest).join(' ')).toMatch(/Latest recorded review: by Ada Lovelace via teams/);
  });

  it('keeps a way back to the form after recording a review that does not ship, pre-filled with its description', async () => {
    const checklist = await say('ingest-review name="Cart events" connector=s3 category=profile dataShape=event refreshMode=upsert primaryKey=id keyUnique=true deletes=delete-file schedule=hourly decisionFreshness=hourly uses=analytics owner=x alerting=true');
    expect(texts(checklist)[0]).toBe('⛔ Do not ship: Cart events');
    const record = button(checklist, 'Record review');
    const recorded = await click(record.verb, record.data);
    expect(texts(recorded).join(' ')).toMatch(/It stays unchecked in the digest until a review of it ships \(this one is do-not-ship\): edit the description in the form and review it again/);
    expect(buttons(recorded).map((b) => b.title)).toEqual(['Edit in the form']);
    const edit = button(recorded, 'Edit in the form');
    const before = fx.connector.posts.length;
    const answer = await post(fx.server.url, execute(fx.connector.serviceUrl, edit.verb, edit.data));
    expect(answer.status).toBe(200);
    await fx.connector.waitForPosts(before + 1);
    const form = fx.connector.cards().at(-1)!;
    expect(cardProblems(form)).toEqual([]);
    expect(inputs(form).find((i) => i.id === 'name')!.value).toBe('Cart events');
    expect(inputs(form).find((i) => i.id === 'category')!.value).toBe('profile');
  });

  it('explains the inputs on `ingest-review help`, and says so for an unknown stream', async () => {
    expect(texts(await say('ingest-review help')).join(' ')).toMatch(/refreshMode\*\* \(required\)/);
    expect(texts(await say('ingest-review No such stream')).join(' ')).toMatch(/No stream named \*\*No such stream\*\*/);
  });
});
