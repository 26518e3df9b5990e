import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSalesforce } from '../../sync/support/fake-salesforce.js';
import { connectStream, dataStreamRecord } from '../../sync/support/org-records.js';
import { execute, installed, message, submit } from './support/activities.js';
import { button, buttons, invokeCard, texts, type Card } from './support/cards.js';
import { FakeConnector } from './support/fake-connector.js';
import { post, removeDir, scratchDir, startTeamsServer, type TeamsServer } from './support/teams-server.js';
import { cardProblems } from './support/valid-card.js';

let connector: FakeConnector;
let org: FakeSalesforce;
let dir: string;
const servers: TeamsServer[] = [];
const tenMinutesAgo = () => new Date(Date.now() - 600_000).toISOString();

async function serve(env: Record<string, string> = {}): Promise<TeamsServer> {
  const server = await startTeamsServer(dir, { ...org.env(), ...env });
  servers.push(server);
  await server.running.syncIdle();
  return server;
}

beforeEach(async () => {
  connector = await new FakeConnector().start();
  org = await new FakeSalesforce().start();
  dir = scratchDir();
  org.streams = [connectStream('Web_orders'), connectStream('Accounts', { connectorInfo: { connectorType: 'SalesforceDotCom' } })];
  org.records = [
    dataStreamRecord('Web_orders', { LastRefreshDate: new Date(Date.now() - 5 * 3_600_000).toISOString() }),
    dataStreamRecord('Accounts', { LastRefreshDate: tenMinutesAgo(), LastNumberOfRowsAddedCount: 120 }),
  ];
});

afterEach(async () => {
  for (const server of servers.splice(0)) await server.running.stop();
  await connector.stop();
  await org.stop();
  removeDir(dir);
});

/** Sends an activity and returns the card the bot posted for it. */
async function reply(server: TeamsServer, activity: Record<string, unknown>): Promise<Card> {
  const before = connector.posts.length;
  expect((await post(server.url, activity)).status).toBe(200);
  expect(connector.posts.length).toBeGreaterThan(before);
  const card = connector.cards().at(-1)!;
  expect(cardProblems(card)).toEqual([]);
  return card;
}

describe('the org in Teams', () => {
  it('posts the digest with a not-landing section whose button asks the advisor, exactly as the typed question', async () => {
    const setup = await serve();
    await post(setup.url, installed(connector.serviceUrl));
    await post(setup.url, message(connector.serviceUrl, 'digest on'));
    await setup.running.stop();
    servers.splice(servers.indexOf(setup), 1);

    const server = await serve({ DIGEST_CRON: '0 0 * * *', DIGEST_TZ: 'UTC' });
    await server.running.digestIdle();
    const digest = connector.cards().at(-1)!;
    expect(cardProblems(digest)).toEqual([]);
    const lines = texts(digest);
    expect(lines[1]).toMatch(/^\*\*1 not landing\*\* · \*\*2 of 2 streams unchecked\*\*/);
    expect(lines.indexOf('Not landing (1)')).toBeLessThan(lines.indexOf('Never reviewed (2)'));
    expect(lines).toContain('**Web_orders** · s3 · no owner');
    expect(lines.some((line) => /^No refresh for 5 h on an hourly schedule \(last run .* UTC\)\.$/.test(line))).toBe(true);
    const ask = button(digest, 'Ask the advisor about it');
    expect(ask).toMatchObject({ verb: 'landing.ask', data: { ref: 'gotchas#cadence-behind-decision' } });

    const invoked = await post(server.url, execute(connector.serviceUrl, ask.verb, ask.data));
    expect(invoked.status).toBe(200);
    const answer = connector.cards().at(-1)!;
    const typed = await reply(server, message(connector.serviceUrl, 'gotchas#cadence-behind-decision'));
    expect(texts(answer)).toEqual(texts(typed));
    expect(texts(answer)[0]).toMatch(/slower schedule than the decision/);
    expect(buttons(answer).map((b) => b.verb)).toEqual(['answer.feedback', 'answer.feedback']);
    // Older clients send the same button as an Action.Submit message.
    const submitted = await reply(server, submit(connector.serviceUrl, ask.data));
    expect(texts(submitted)).toEqual(texts(typed));
  });

  it('answers `status STREAM` with its review state and latest run health in one card', async () => {
    const server = await serve();
    const late = await reply(server, message(connector.serviceUrl, 'status web_orders'));
    expect(texts(late)).toEqual([
      'Web_orders',
      's3 · no owner',
      expect.stringMatching(/^\*\*Review:\*\* Never reviewed \(in the registry since \d{4}-\d\d-\d\d\)\.$/),
      expect.stringMatching(/^\*\*Run health:\*\* Not landing: No refresh for 5 h on an hourly schedule/),
    ]);
    expect(buttons(late).map((b) => [b.title, b.verb, b.data.s ?? b.data.ref])).toEqual([
      ['Review it', 'review.open', 'Web_orders'],
      ['Ask the advisor about it', 'landing.ask', 'gotchas#cadence-behind-decision'],
    ]);
    const fine = await reply(server, message(connector.serviceUrl, 'status "Accounts"', { scope: 'personal' }));
    expect(texts(fine)[3]).toMatch(/^\*\*Run health:\*\* Landing: last run SUCCESS at .* UTC, 120 rows added\.$/);
    expect(buttons(fine).map((b) => b.title)).toEqual(['Review it']);
    const unknown = await reply(server, message(connector.serviceUrl, 'status Nope'));
    expect(texts(unknown)[0]).toContain('No stream named **Nope** is in the registry');
    const question = await reply(server, message(connector.serviceUrl, 'status of a data stream that failed?'));
    expect(texts(question)[0]).not.toContain('No stream named');
  });

  it('opens the review form from the status card, pre-filled from what the sync brought', async () => {
    const server = await serve();
    const status = await reply(server, message(connector.serviceUrl, 'status Accounts'));
    const review = button(status, 'Review it');
    const answer = await post(server.url, execute(connector.serviceUrl, review.verb, review.data));
    expect(answer.status).toBe(200);
    const form = invokeCard(answer.body) ?? connector.cards().at(-1)!;
    expect(JSON.stringify(form)).toContain('"value":"salesforce-crm"');
  });
});
