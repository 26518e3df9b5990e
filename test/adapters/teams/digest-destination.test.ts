import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Activity } from '@microsoft/agents-activity';
import { loadDigest } from '../../../src/digest/load-digest.js';
import { postDigest } from '../../../src/digest/sender.js';
import { importStreams } from '../../../src/registry/import-streams.js';
import { openRegistry } from '../../../src/registry/open-registry.js';
import type { Registry, RegistryDb } from '../../../src/registry/registry-db.js';
import { conversationOf } from '../../../adapters/teams/activity/reference.js';
import { createConnectorPoster, type ConnectorPoster } from '../../../adapters/teams/digest/connector-poster.js';
import { PostFailure } from '../../../adapters/teams/digest/post-failure.js';
import { TenantPacer } from '../../../adapters/teams/digest/tenant-pacer.js';
import { saveConversation } from '../../../adapters/teams/store/conversations.js';
import { isSubscribed, subscribe } from '../../../adapters/teams/store/subscriptions.js';
import { TeamsDigestDestination } from '../../../adapters/teams/teams-destination.js';
import { CapturedLog } from '../support/test-server.js';
import { message } from './support/activities.js';
import { FakeConnector } from './support/fake-connector.js';
import { removeDir, scratchDir } from './support/teams-server.js';

const DAY = '2026-11-25';
const NOW = new Date('2026-11-25T09:00:00Z');

let connector: FakeConnector;
let dir: string;
let registry: Registry;
let db: RegistryDb;
let log: CapturedLog;
let sleeps: number[];
const sleep = async (ms: number): Promise<void> => void sleeps.push(ms);

/** A subscribed conversation as `digest on` stores it, in `tenant`. */
async function conversation(id: string, tenant = 'tenant-a') {
  const activity = Activity.fromObject(message(connector.serviceUrl, 'digest on', { scope: 'groupChat', conversationId: id }));
  activity.conversation!.tenantId = tenant;
  const stored = conversationOf(activity, '')!;
  await saveConversation(db, stored, NOW);
  await subscribe(db, stored.conversationId, 'Ada', NOW);
  return stored;
}

async function destinations(poster: ConnectorPoster, ...ids: Array<[string, string?]>): Promise<TeamsDigestDestination[]> {
  const pacer = new TenantPacer(250, sleep, () => NOW.getTime());
  const targets: TeamsDigestDestination[] = [];
  for (const [id, tenant] of ids) targets.push(new TeamsDigestDestination(await conversation(id, tenant), { db, poster, pacer, logger: log.logger, now: () => NOW }));
  return targets;
}

async function run(targets: TeamsDigestDestination[]) {
  const { digest } = await loadDigest(db, NOW, { maxAgeDays: 90, limit: 20, timeZone: 'UTC' });
  return postDigest(digest, DAY, targets, { db, logger: log.logger, now: () => NOW, sleep });
}

beforeEach(async () => {
  connector = await new FakeConnector().start();
  dir = scratchDir();
  registry = await openRegistry(join(dir, 'advisor.db'));
  db = registry.db;
  await importStreams(db, [{ name: 'Web orders', connector: 's3', category: 'engagement', refreshMode: 'upsert' } as never]);
  log = new CapturedLog();
  sleeps = [];
});

afterEach(async () => {
  await registry.close();
  await connector.stop();
  removeDir(dir);
});

describe('the Teams digest destination', () => {
  it('retries a 429 after the Retry-After Teams asked for, then posts once', async () => {
    connector.script({ status: 429, headers: { 'Retry-After': '7' } });
    const [outcome] = await run(await destinations(createConnectorPoster({ mode: 'local' }), ['19:chat-a@thread.v2']));
    expect(outcome).toMatchObject({ status: 'sent', messageRef: '19:chat-a@thread.v2/activity-1' });
    expect(sleeps).toContain(7_000);
    expect(connector.posts).toHaveLength(1);
  });

  it('unsubscribes a conversation the app was removed from (403), with a log line, and does not retry', async () => {
    connector.script({ status: 403, body: { error: { code: 'BotNotInConversationRoster' } } });
    const [outcome] = await run(await destinations(createConnectorPoster({ mode: 'local' }), ['19:gone@thread.v2']));
    expect(outcome).toMatchObject({ status: 'failed' });
    expect(connector.posts).toHaveLength(0);
    expect(await isSubscribed(db, '19:gone@thread.v2')).toBe(false);
    expect(log.messages().join('\n')).toMatch(/no longer in this conversation \(Bot Connector 403\): unsubscribed it/);
  });

  it('spaces posts to one tenant under its rate limit, and not posts to different tenants', async () => {
    await run(await destinations(createConnectorPoster({ mode: 'local' }), ['19:one@thread.v2', 'tenant-a'], ['19:two@thread.v2', 'tenant-a'], ['19:three@thread.v2', 'tenant-b']));
    expect(connector.posts.map((p) => p.conversationId)).toEqual(['19:one@thread.v2', '19:two@thread.v2', '19:three@thread.v2']);
    expect(sleeps).toEqual([250]);
  });

  it('does not post again when the answer to an earlier post was lost, and says so', async () => {
    let calls = 0;
    const lost: ConnectorPoster = { post: async () => Promise.reject(new PostFailure(`no answer (${++calls})`, 'unknown')) };
    const [outcome] = await run(await destinations(lost, ['19:maybe@thread.v2']));
    expect(calls).toBe(1);
    expect(outcome).toMatchObject({ status: 'found', messageRef: '19:maybe@thread.v2/unconfirmed' });
    expect(log.messages().join('\n')).toMatch(/may or may not be in Teams; not posting again/);
  });

  it('never sends the bot token to a host that is not a Bot Connector', async () => {
    const poster = createConnectorPoster({ mode: 'auth', appId: '11111111-2222-4333-8444-555555555555', appType: 'SingleTenant', password: 'x', tenantId: '66666666-7777-4888-9999-000000000000' });
    const [target] = await destinations(poster, ['19:elsewhere@thread.v2']);
    const [outcome] = await run([target!]);
    expect(outcome).toMatchObject({ status: 'failed', error: expect.stringMatching(/not a Bot Connector host/) });
    expect(connector.posts).toHaveLength(0);
  });
});
