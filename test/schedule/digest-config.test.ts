import { describe, expect, it } from 'vitest';
import { digestConfig } from '../../src/config/digest-config.js';
import { ConfigError } from '../../src/errors.js';

describe('digestConfig', () => {
  it('has the documented defaults', () => {
    expect(digestConfig({})).toEqual({ cron: '0 9 * * 1-5', timeZone: 'UTC', slackChannel: null, limit: 20 });
  });

  it('reads the variables', () => {
    const env = { DIGEST_CRON: '30 8 * * *', DIGEST_TZ: 'Europe/Berlin', DIGEST_SLACK_CHANNEL: 'C0123', DIGEST_LIMIT: '10' };
    expect(digestConfig(env)).toEqual({ cron: '30 8 * * *', timeZone: 'Europe/Berlin', slackChannel: 'C0123', limit: 10 });
  });

  it.each([
    [{ DIGEST_CRON: '0 25 * * *' }, 'DIGEST_CRON'],
    [{ DIGEST_CRON: 'every morning' }, 'DIGEST_CRON'],
    [{ DIGEST_CRON: '0 9 31 2 *' }, 'DIGEST_CRON'],
    [{ DIGEST_TZ: 'Europe/Atlantis' }, 'DIGEST_TZ'],
    [{ DIGEST_LIMIT: '0' }, 'DIGEST_LIMIT'],
  ])('refuses %j with a ConfigError naming %s', (env, name) => {
    expect(() => digestConfig(env)).toThrow(ConfigError);
    expect(() => digestConfig(env)).toThrow(new RegExp(`Invalid configuration in ${name}`));
  });
});
