import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from './support/activities.js';
import { MicrosoftKeys } from './support/microsoft-keys.js';
import { post, removeDir, scratchDir, startTeamsServer, type TeamsServer } from './support/teams-server.js';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const TENANT_ID = '66666666-7777-4888-9999-000000000000';

let keys: MicrosoftKeys;
let server: TeamsServer;
let dir: string;

beforeAll(async () => {
  keys = await new MicrosoftKeys().start();
  dir = scratchDir();
  server = await startTeamsServer(dir, { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: TENANT_ID });
});

afterAll(async () => {
  await server.running.stop();
  await keys.stop();
  removeDir(dir);
});

/** A question whose replies come back in the HTTP response (expectReplies): nothing is posted anywhere. */
function question(): Record<string, unknown> {
  const activity = message('http://127.0.0.1:9/', 'what does upsert do with deleted records?', { scope: 'personal' });
  delete activity.serviceUrl;
  return { ...activity, deliveryMode: 'expectReplies' };
}

const now = () => Math.floor(Date.now() / 1000);

describe('Bot Framework tokens signed with a key Microsoft publishes', () => {
  it('answers a request whose token is valid and expires', async () => {
    const answer = await post(server.url, question(), { authorization: `Bearer ${keys.token({ aud: APP_ID })}` });
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toMatch(/upsert/i);
    expect(keys.hosts).toContain('login.botframework.com');
  });

  it('refuses the same token without an exp claim', async () => {
    const before = server.log.lines.length;
    const answer = await post(server.url, question(), { authorization: `Bearer ${keys.token({ aud: APP_ID, exp: undefined })}` });
    expect(answer).toEqual({ status: 401, body: { error: 'the token has no expiry (exp)' } });
    expect(server.log.messages().slice(before)).toEqual(['refused a Teams request whose token has no expiry (exp)']);
  });

  it('refuses a token that expired, and one for another app', async () => {
    expect((await post(server.url, question(), { authorization: `Bearer ${keys.token({ aud: APP_ID, nbf: now() - 7200, iat: now() - 7200, exp: now() - 3600 })}` })).status).toBe(401);
    expect((await post(server.url, question(), { authorization: `Bearer ${keys.token({ aud: '99999999-0000-4000-8000-000000000000' })}` })).status).toBe(401);
  });
});
