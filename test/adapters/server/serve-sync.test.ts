import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServe } from '../../../adapters/server/start-serve.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { FakeSalesforce } from '../../sync/support/fake-salesforce.js';
import { removeDir, scratchDir, startTeamsServer } from '../teams/support/teams-server.js';

const start = (env: Record<string, string>, dir: string) =>
  startServe({ env: { INGEST_ADVISOR_DB: join(dir, 'advisor.db'), PORT: '0', HOST: '127.0.0.1', ...env }, cwd: dir, logger: silentLogger(), graceMs: 500 });

describe('serve and the org sync', () => {
  it.each([
    [{ SF_CLIENT_ID: 'abc' }, 'SF_CLIENT_SECRET'],
    [{ SF_USERNAME: 'me@example.com' }, 'SF_CLIENT_ID'],
    [{ SF_CLIENT_ID: 'abc', SF_CLIENT_SECRET: 'x', SF_LOGIN_URL: 'http://login.example.com' }, 'SF_LOGIN_URL'],
    [{ SF_CLIENT_ID: 'abc', SF_CLIENT_SECRET: 'x', SF_API_VERSION: 'v64' }, 'SF_API_VERSION'],
    [{ SF_CLIENT_ID: 'abc', SF_CLIENT_SECRET: 'x', SYNC_CRON: 'twice a day' }, 'SYNC_CRON'],
  ])('refuses to start on %j, naming %s', async (env, name) => {
    const dir = scratchDir();
    await expect(start(env, dir)).rejects.toMatchObject({ code: 'config', message: expect.stringContaining(name) });
    removeDir(dir);
  });

  it('keeps serving when a sync fails, and /healthz says how it failed', async () => {
    const org = await new FakeSalesforce().start();
    const dir = scratchDir();
    const server = await startTeamsServer(dir, org.env({ SF_CLIENT_SECRET: 'rotated-yesterday' }));
    await server.running.syncIdle();
    const answer = await fetch(`${server.url}/healthz`);
    expect(answer.status).toBe(200);
    const health = (await answer.json()) as { sync: Record<string, unknown> };
    expect(health.sync).toMatchObject({ outcome: 'failed', detail: expect.stringContaining('Salesforce refused the credentials (invalid_client'), nextRun: expect.any(String) });
    expect(JSON.stringify(health)).not.toContain('rotated-yesterday');
    expect(server.log.messages()).toContain('org sync failed');
    await server.running.stop();
    await org.stop();
    removeDir(dir);
  });

  it('reports the sync as off on /healthz when no SF_* credential is set', async () => {
    const dir = scratchDir();
    const server = await startTeamsServer(dir);
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as Record<string, unknown>;
    expect(health.sync).toBe('off');
    await server.running.stop();
    removeDir(dir);
  });
});
