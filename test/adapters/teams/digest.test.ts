import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withAdapters } from '../../../adapters/commands.js';
import { coreCommands } from '../../../src/cli/commands/index.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { localDay } from '../../../src/digest/local-day.js';
import { importStreams } from '../../../src/registry/import-streams.js';
import { usingRegistry } from '../../registry/helpers.js';
import { CHANNEL, installed, message } from './support/activities.js';
import { texts } from './support/cards.js';
import { FakeConnector } from './support/fake-connector.js';
import { post, removeDir, scratchDir, startTeamsServer, type TeamsServer } from './support/teams-server.js';
import { cardProblems } from './support/valid-card.js';

// Due at midnight UTC: a server started any time today catches today's digest up at once.
const DIGEST_DUE = { DIGEST_CRON: '0 0 * * *', DIGEST_TZ: 'UTC' };

let connector: FakeConnector;
let dir: string;
const servers: TeamsServer[] = [];

async function serve(env: Record<string, string> = {}): Promise<TeamsServer> {
  const server = await startTeamsServer(dir, env);
  servers.push(server);
  return server;
}

async function stop(server: TeamsServer): Promise<void> {
  servers.splice(servers.indexOf(server), 1);
  await server.running.stop();
}

function query<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(join(dir, 'advisor.db'));
  const row = db.prepare(sql).get(...params) as T | undefined;
  db.close();
  return row;
}

function run(sql: string, ...params: unknown[]): void {
  const db = new Database(join(dir, 'advisor.db'));
  db.prepare(sql).run(...params);
  db.close();
}

/** Posts to the channel itself (a digest), not replies in a thread. */
const digestPosts = () => connector.posts.filter((p) => p.replyTo === null);

beforeEach(async () => {
  connector = await new FakeConnector().start();
  dir = scratchDir();
  await usingRegistry(join(dir, 'advisor.db'), (db) =>
    importStreams(db, [{ name: 'Web orders', connector: 'ingestion-api', owner: 'web-team', category: 'engagement', refreshMode: 'upsert' } as never]),
  );
});

afterEach(async () => {
  for (const server of servers.splice(0)) await server.running.stop();
  await connector.stop();
  removeDir(dir);
});

/** Installs the app in the channel and subscribes it, on a server whose digest is not due. */
async function installAndSubscribe(): Promise<void> {
  const first = await serve();
  expect((await post(first.url, installed(connector.serviceUrl))).status).toBe(200);
  expect((await post(first.url, message(connector.serviceUrl, 'digest on'))).status).toBe(200);
  const reply = texts(connector.cards().at(-1)!).join(' ');
  expect(reply).toMatch(/this conversation gets the daily digest/i);
  await stop(first);
}

describe('the digest in Teams', () => {
  it('posts once to a conversation that installed the app and said `digest on`, and not again after a restart', async () => {
    await installAndSubscribe();
    const day = localDay(new Date(), 'UTC');
    const second = await serve(DIGEST_DUE);
    await second.running.digestIdle();
    expect(digestPosts()).toHaveLength(1);
    const digest = digestPosts()[0]!;
    expect(digest.conversationId).toBe(CHANNEL);
    const card = connector.cards().at(-1)!;
    expect(cardProblems(card)).toEqual([]);
    expect(texts(card)[0]).toBe(`Unchecked Data Streams — ${day}`);
    expect(texts(card).join(' ')).toMatch(/1 of 1 stream unchecked/);
    expect(query('SELECT state, message_ref FROM digest_posts WHERE destination = ?', `teams:${CHANNEL}`)).toEqual({ state: 'sent', message_ref: `${CHANNEL}/activity-2` });
    await stop(second);

    const third = await serve(DIGEST_DUE);
    await third.running.digestIdle();
    expect(digestPosts()).toHaveLength(1);
  });

  it('does not post twice after a crash between the post and completing its record', async () => {
    await installAndSubscribe();
    const day = localDay(new Date(), 'UTC');
    // The state a crash leaves: the connector accepted the post and its id was written, the claim never completed.
    run("INSERT INTO digest_posts (day, destination, state, claim_token, claimed_at, attempts) VALUES (?, ?, 'claimed', 'dead', 0, 1)", day, `teams:${CHANNEL}`);
    run("INSERT INTO teams_digest_sends (destination, day, state, activity_id, updated_at) VALUES (?, ?, 'sent', 'activity-earlier', ?)", `teams:${CHANNEL}`, day, Date.now());
    const server = await serve(DIGEST_DUE);
    await server.running.digestIdle();
    expect(digestPosts()).toHaveLength(0);
    expect(query('SELECT state, message_ref FROM digest_posts WHERE destination = ?', `teams:${CHANNEL}`)).toEqual({ state: 'sent', message_ref: `${CHANNEL}/activity-earlier` });
    expect(server.log.messages()).toContain('found the digest already posted; recorded it');
  });

  it('stops on `digest off` and when the app is removed', async () => {
    await installAndSubscribe();
    const server = await serve();
    await post(server.url, message(connector.serviceUrl, 'digest off'));
    expect(texts(connector.cards().at(-1)!).join(' ')).toMatch(/no more daily digest/);
    expect(query('SELECT count(*) AS n FROM teams_digest_subscriptions')).toEqual({ n: 0 });
    await post(server.url, message(connector.serviceUrl, 'digest on'));
    await post(server.url, installed(connector.serviceUrl, {}, 'remove'));
    expect(query('SELECT count(*) AS n FROM teams_digest_subscriptions')).toEqual({ n: 0 });
    expect(query('SELECT installed FROM teams_conversations WHERE conversation_id = ?', CHANNEL)).toEqual({ installed: 0 });
  });

  it('is what `digest --post` posts to subscribed conversations too, once per day', async () => {
    await installAndSubscribe();
    const out: string[] = [];
    const env = { INGEST_ADVISOR_DB: join(dir, 'advisor.db'), LOG_LEVEL: 'silent', DIGEST_TZ: 'UTC' };
    const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) }, stdin: Readable.from([]), env, cwd: dir };
    expect(await runCli(['digest', '--post'], io, withAdapters(coreCommands))).toBe(0);
    expect(await runCli(['digest', '--post'], io, withAdapters(coreCommands))).toBe(0);
    expect(digestPosts()).toHaveLength(1);
    expect(out.join('')).toMatch(new RegExp(`teams:${CHANNEL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: already handled`));
  });
});
