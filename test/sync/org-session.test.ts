import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { salesforceConfig } from '../../src/config/salesforce-config.js';
import { OrgRefusedError, OrgUnavailableError } from '../../src/salesforce/org-errors.js';
import { OrgApiError, openOrgSession } from '../../src/salesforce/org-session.js';
import { tempDir } from '../registry/helpers.js';
import { CLIENT, FakeSalesforce } from './support/fake-salesforce.js';

const FAST = { retries: 2, firstDelayMs: 20 };
let org: FakeSalesforce;

beforeEach(async () => {
  org = await new FakeSalesforce().start();
});

afterEach(async () => {
  await org.stop();
});

const open = (env: Record<string, string> = {}, cwd = tempDir()) => openOrgSession(salesforceConfig(org.env(env)), { cwd, retry: FAST });
const streamsPath = '/services/data/v64.0/ssot/data-streams';

describe('the Salesforce connection', () => {
  it('asks for a token with the client credentials flow, and sends it to the instance URL the token names', async () => {
    const session = await open();
    expect(session.instanceUrl).toBe(org.url);
    expect(await session.get(streamsPath)).toMatchObject({ dataStreams: [] });
    const [token] = org.callsTo('token');
    expect(token!.form).toEqual({ grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret });
    expect(org.callsTo('streams')[0]!.authorization).toBe('Bearer 00Dfake!token-1');
  });

  it('signs a JWT bearer assertion with SF_PRIVATE_KEY_FILE that the org can verify', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    org.publicKey = publicKey;
    const cwd = tempDir();
    writeFileSync(join(cwd, 'server.key'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const session = await open({ SF_CLIENT_SECRET: '', SF_USERNAME: CLIENT.username, SF_PRIVATE_KEY_FILE: 'server.key' }, cwd);
    await session.get(streamsPath);
    expect(org.callsTo('token')[0]!.form.grant_type).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(org.callsTo('streams')).toHaveLength(1);
  });

  it('names SF_PRIVATE_KEY_FILE when it is not a private key', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'server.key'), 'not a key');
    await expect(open({ SF_USERNAME: CLIENT.username, SF_PRIVATE_KEY_FILE: 'server.key' }, cwd)).rejects.toThrow(/SF_PRIVATE_KEY_FILE: .*server\.key is not a PEM private key/);
  });

  it('keeps its token until a call answers 401, then fetches one more and repeats the call', async () => {
    const session = await open();
    await session.get(streamsPath);
    await session.get(streamsPath);
    expect(org.callsTo('token')).toHaveLength(1);
    org.expireTokens();
    expect(await session.get(streamsPath)).toMatchObject({ dataStreams: [] });
    expect(org.callsTo('token')).toHaveLength(2);
    expect(org.callsTo('streams').map((c) => [c.authorization])).toEqual([['Bearer 00Dfake!token-1'], ['Bearer 00Dfake!token-1'], ['Bearer 00Dfake!token-1'], ['Bearer 00Dfake!token-2']]);
  });

  it('fetches a token only once more when the org refuses the fresh one too, and says so', async () => {
    const session = await open();
    org.script('streams', ...Array.from({ length: 5 }, () => ({ status: 401, body: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }] })));
    const failure = await session.get(streamsPath).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OrgRefusedError);
    expect((failure as Error).message).toMatch(/refused a freshly issued access token too \(401\)/);
    expect(org.callsTo('token')).toHaveLength(2);
    expect(org.callsTo('streams')).toHaveLength(2);
  });

  it('retries 429 and 500 with backoff, then succeeds', async () => {
    const session = await open();
    org.script('streams', { status: 429, body: [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'slow down' }] }, { status: 500, body: [{ errorCode: 'UNKNOWN_EXCEPTION', message: 'boom' }] });
    const started = Date.now();
    expect(await session.get(streamsPath)).toMatchObject({ dataStreams: [] });
    expect(org.callsTo('streams')).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(FAST.firstDelayMs * 3);
  });

  it('gives up after the bounded retries with Salesforce\'s errorCode and message', async () => {
    const session = await open();
    org.script('streams', ...Array.from({ length: 4 }, () => ({ status: 503, body: [{ errorCode: 'SERVER_UNAVAILABLE', message: 'maintenance' }] })));
    const failure = await session.get(streamsPath).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OrgUnavailableError);
    expect((failure as Error).message).toContain('HTTP 503, SERVER_UNAVAILABLE: maintenance');
    expect(org.callsTo('streams')).toHaveLength(1 + FAST.retries);
  });

  it('shows any other error with Salesforce\'s errorCode and message, without retrying', async () => {
    const session = await open();
    org.script('query', { status: 400, body: [{ errorCode: 'MALFORMED_QUERY', message: 'unexpected token: FROM' }] });
    const failure = await session.get('/services/data/v64.0/query?q=SELECT').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OrgApiError);
    expect(failure).toMatchObject({ status: 400, errorCode: 'MALFORMED_QUERY', said: 'unexpected token: FROM' });
    expect(org.callsTo('query')).toHaveLength(1);
  });

  it('retries a token endpoint that fails with 5xx, and explains a refusal', async () => {
    org.script('token', { status: 503, raw: '<html>down</html>' });
    await open();
    expect(org.callsTo('token')).toHaveLength(2);
    org.script('token', { status: 400, body: { error: 'invalid_grant', error_description: 'request not supported on this domain' } });
    await expect(open()).rejects.toThrow(/invalid_grant: request not supported on this domain\)\. The client credentials flow must ask your org's own My Domain/);
  });

  it('sends nothing to a plain-http address other than this machine, nor to an instance URL that is not https', async () => {
    expect(() => salesforceConfig(org.env({ SF_LOGIN_URL: 'http://login.example.com' }))).toThrow(/SF_LOGIN_URL.*must be https/);
    org.script('token', { status: 200, body: { access_token: 'stolen?', instance_url: 'http://evil.example.com' } });
    await expect(open()).rejects.toThrow(/not https \(http:\/\/evil\.example\.com\); refusing to send the token there/);
    org.streams = [];
    const session = await open();
    await expect(session.get('https://elsewhere.example.com/services/data/v64.0/query/01g')).rejects.toThrow(/outside itself/);
  });
});
