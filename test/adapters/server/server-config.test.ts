import { describe, expect, it } from 'vitest';
import { serverConfig } from '../../../adapters/server/server-config.js';
import { ConfigError } from '../../../src/errors.js';

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

function problem(env: Record<string, string>): ConfigError {
  try {
    serverConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('serve configuration', () => {
  it('listens on 127.0.0.1:3978 without platform credentials, and on every interface with them', () => {
    expect(serverConfig({})).toMatchObject({ port: 3978, host: '127.0.0.1', slack: null });
    expect(serverConfig(SLACK)).toMatchObject({ host: '0.0.0.0', slack: { mode: 'http', botToken: 'xoxb-1-2-abc', apiUrl: null } });
    expect(serverConfig({ MicrosoftAppId: 'app' }).host).toBe('0.0.0.0');
    expect(serverConfig({ ...SLACK, HOST: '127.0.0.1', PORT: '0' })).toMatchObject({ host: '127.0.0.1', port: 0 });
  });

  it('uses Socket Mode when SLACK_APP_TOKEN is set, and normalises SLACK_API_URL', () => {
    const config = serverConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A-b', SLACK_API_URL: 'http://127.0.0.1:9/api' });
    expect(config.slack).toMatchObject({ mode: 'socket', appToken: 'xapp-1-A-b', signingSecret: null, apiUrl: 'http://127.0.0.1:9/api/' });
  });

  it.each([
    [{ PORT: '80000' }, 'PORT'],
    [{ PORT: 'http' }, 'PORT'],
    [{ HOST: 'my laptop' }, 'HOST'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_SIGNING_SECRET: 'abcdef0123456789' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN'],
    [{ ...SLACK, SLACK_BOT_TOKEN: 'xoxp-user-token' }, 'SLACK_BOT_TOKEN'],
    [{ ...SLACK, SLACK_APP_TOKEN: 'xoxb-wrong' }, 'SLACK_APP_TOKEN'],
    [{ ...SLACK, SLACK_API_URL: 'slack.com/api' }, 'SLACK_API_URL'],
    [{ ...SLACK, DIGEST_SLACK_CHANNEL: '#data-team' }, 'DIGEST_SLACK_CHANNEL'],
    [{ DIGEST_SLACK_CHANNEL: 'C0123ABCD' }, 'SLACK_BOT_TOKEN'],
    [{ DIGEST_CRON: 'every morning' }, 'DIGEST_CRON'],
    [{ DOCS_BASE_URL: 'docs' }, 'DOCS_BASE_URL'],
    [{ INGEST_ADVISOR_DB: 'x.db', REVIEW_MAX_AGE_DAYS: '0' }, 'REVIEW_MAX_AGE_DAYS'],
  ])('stops on %j with a message naming %s', (env, name) => {
    const error = problem(env as Record<string, string>);
    expect(error.message).toContain(name);
    expect(error.issues.map((issue) => issue.path)).toContain(name);
  });
});
