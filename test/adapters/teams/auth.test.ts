import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from './support/activities.js';
import { FakeConnector } from './support/fake-connector.js';
import { forgedToken } from './support/forged-token.js';
import { goOffline } from './support/offline-https.js';
import { post, removeDir, scratchDir, startTeamsServer, type TeamsServer } from './support/teams-server.js';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const TENANT_ID = '66666666-7777-4888-9999-000000000000';

let connector: FakeConnector;
let server: TeamsServer;
let dir: string;
let offline: ReturnType<typeof goOffline>;

beforeAll(async () => {
  offline = goOffline();
  connector = await new FakeConnector().start();
  dir = scratchDir();
  server = await startTeamsServer(dir, { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: TENANT_ID });
});

afterAll(async () => {
  await server.running.stop();
  await connector.stop();
  removeDir(dir);
  offline.restore();
});

const question = () => message(connector.serviceUrl, 'what does upsert do with deleted records?');

describe('/api/messages with MicrosoftAppId set', () => {
  it('says it validates tokens', () => {
    expect(server.log.messages()).toContain('Teams is on at /api/messages (every request needs a Bot Framework token)');
  });

  it('refuses a request without a token', async () => {
    const answer = await post(server.url, question());
    expect(answer).toEqual({ status: 401, body: { error: 'authorization header not found' } });
  });

  it('refuses a malformed Authorization header', async () => {
    expect((await post(server.url, question(), { authorization: 'Basic YWRhOmxvdmVsYWNl' })).status).toBe(401);
  });

  it('refuses a token for another app without looking up any key', async () => {
    const before = offline.hosts.length;
    const token = forgedToken({ aud: '99999999-0000-4000-8000-000000000000', serviceurl: connector.serviceUrl });
    expect((await post(server.url, question(), { authorization: `Bearer ${token}` })).status).toBe(401);
    expect(offline.hosts.length).toBe(before);
  });

  it('refuses a forged token for this app: its signature matches no Microsoft key', async () => {
    const started = Date.now();
    const token = forgedToken({ aud: APP_ID, serviceurl: connector.serviceUrl });
    expect((await post(server.url, question(), { authorization: `Bearer ${token}` })).status).toBe(401);
    expect(Date.now() - started).toBeLessThan(5_000);
    // It asked for Bot Framework's signing keys, and the offline agent answered: no such host.
    expect(offline.hosts).toContain('login.botframework.com');
  });

  it('never answered any of them', () => {
    expect(connector.posts).toEqual([]);
  });
});
