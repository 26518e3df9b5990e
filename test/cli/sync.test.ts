import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { tempDir } from '../registry/helpers.js';
import { CLIENT, FakeSalesforce } from '../sync/support/fake-salesforce.js';
import { connectStream, dataStreamRecord } from '../sync/support/org-records.js';
import { runInProcess } from './run-in-process.js';

let org: FakeSalesforce;
let cwd: string;

beforeEach(async () => {
  org = await new FakeSalesforce().start();
  cwd = tempDir();
  org.streams = [connectStream('Web_orders', { lastRunStatus: 'FAILURE' }), connectStream('Accounts', { connectorInfo: { connectorType: 'SalesforceDotCom' } })];
  org.records = [dataStreamRecord('Web_orders', { ImportRunStatus: 'FAILURE', LastDataChangeStatusErrorCode: 'AUTH_FAILED', LastRefreshDate: new Date(Date.now() - 600_000).toISOString() }), dataStreamRecord('Accounts', { LastRefreshDate: new Date(Date.now() - 600_000).toISOString() })];
});

afterEach(async () => {
  await org.stop();
});

const env = (extra: Record<string, string> = {}) => ({ INGEST_ADVISOR_DB: 'data/advisor.db', LOG_LEVEL: 'silent', ...org.env(), ...extra });
const run = (argv: string[], extra: Record<string, string> = {}) => runInProcess(argv, { cwd, env: env(extra) });

describe('ingest-advisor streams sync', () => {
  it('pulls the org\'s streams into the registry: streams list shows them, and the digest says which are not landing', async () => {
    const synced = await run(['streams', 'sync']);
    expect(synced).toMatchObject({ code: 0, stderr: '' });
    expect(synced.stdout).toMatch(new RegExp(`^Synced 2 data streams from ${org.url}: 2 added, 0 changed, 0 unchanged, 0 removed; 1 not landing\\.\\n`));
    expect(synced.stdout).toContain('  added: Accounts, Web_orders\n');
    expect(synced.stdout).toMatch(/not landing: Web_orders \(last-run-failed\): Last run FAILURE, AUTH_FAILED \(/);
    const list = await run(['streams', 'list']);
    expect(list.stdout).toMatch(/Accounts\s+salesforce-crm\s+never-reviewed\s+-\s+SUCCESS \d{4}-\d\d-\d\d \d\d:\d\d \+5,000 rows/);
    const digest = await run(['digest']);
    expect(digest.stdout).toMatch(/\nNot landing \(1\)\n {2}- Web_orders \(s3, no owner\): Last run FAILURE, AUTH_FAILED \(.*\)\.\n\nNever reviewed \(2\)\n/);
  });

  it('prints what a dry run would change as JSON, and writes nothing', async () => {
    const dry = await run(['streams', 'sync', '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const json = JSON.parse(dry.stdout);
    expect(json).toMatchObject({ dryRun: true, instanceUrl: org.url, streams: 2, added: ['Accounts', 'Web_orders'], changed: [], unchanged: 0, removed: [], notLanding: 1, notes: [] });
    expect(json.notLandingStreams).toEqual([expect.objectContaining({ stream: 'Web_orders', reason: 'last-run-failed', lastRunStatus: 'FAILURE', errorCode: 'AUTH_FAILED' })]);
    expect(JSON.parse((await run(['streams', 'list', '--json'])).stdout).streams).toEqual([]);
    expect((await run(['streams', 'sync', '--dry-run'])).stdout).toMatch(/^Dry run, nothing was written\. A sync would read 2 data streams/);
  });

  it('exits 2 naming the variables when the SF_* settings are missing, before creating a registry', async () => {
    const result = await runInProcess(['streams', 'sync'], { cwd, env: { INGEST_ADVISOR_DB: 'data/advisor.db' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Error: Invalid configuration in SF_CLIENT_ID, SF_CLIENT_SECRET: they are not set\. Set SF_CLIENT_ID and SF_CLIENT_SECRET/);
    expect(existsSync(join(cwd, 'data/advisor.db'))).toBe(false);
    const half = await runInProcess(['streams', 'sync', '--json'], { cwd, env: { SF_CLIENT_ID: 'x', SF_USERNAME: 'me@example.com' } });
    expect(half.code).toBe(2);
    expect(JSON.parse(half.stdout).error.issues).toEqual([{ path: 'SF_PRIVATE_KEY_FILE', message: 'is not set' }]);
  });

  it('exits 1 when the org answers with a malformed body, and writes nothing', async () => {
    org.script('query', { status: 200, body: { totalSize: 2, records: 'not a list' } });
    const result = await run(['streams', 'sync']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Error: The org answered GET \/services\/data\/v64\.0\/query with a body that is not a page of query results.*nothing was written\. The next sync tries again\.\n$/);
    expect(JSON.parse((await run(['streams', 'list', '--json'])).stdout).streams).toEqual([]);
  });

  it('takes sync, --dry-run and --all only where they mean something', async () => {
    expect((await run(['streams', 'sync', 'extra'])).stderr).toContain('streams sync takes no arguments');
    expect((await run(['streams', 'list', '--dry-run'])).code).toBe(2);
    expect((await run(['streams', 'lsit'])).stderr).toContain('use import, list or sync');
  });
});

describe('ingest-advisor streams sync as a process', () => {
  const exec = promisify(execFile);
  // The built command, as users run it (`npm run build` refreshes it).
  const cli = join(packageRoot, 'dist/src/cli/main.js');
  const sync = async (extra: Record<string, string>): Promise<{ code: number; out: string }> => {
    const options = { cwd, env: { PATH: process.env.PATH, ...env({ LOG_LEVEL: 'trace', ...extra }) } };
    try {
      const { stdout, stderr } = await exec(process.execPath, [cli, 'streams', 'sync'], options);
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout + failed.stderr };
    }
  };

  it('exits 2 with a clear message and no stack when the org refuses the credentials', async () => {
    const { code, out } = await sync({ SF_CLIENT_SECRET: 'wrong-secret-do-not-log' });
    expect(code).toBe(2);
    expect(out).toContain('Error: Salesforce refused the credentials (invalid_client: invalid client credentials). SF_CLIENT_SECRET is not the consumer secret of SF_CLIENT_ID');
    expect(out).not.toMatch(/\n\s+at /);
    expect(out).not.toContain('wrong-secret-do-not-log');
  });

  it('logs no secret, token or Authorization header, even at trace level and through a token refresh', async () => {
    org.script('streams', { status: 401, body: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }] });
    const { code, out } = await sync({});
    expect(code).toBe(0);
    expect(org.tokensIssued()).toHaveLength(2);
    expect(out).toContain('org sync finished');
    for (const secret of [CLIENT.secret, ...org.tokensIssued(), 'Bearer']) expect(out).not.toContain(secret);
  });
});
