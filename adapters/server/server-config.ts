import { isIP } from 'node:net';
import { z } from 'zod';
import { digestConfig, type DigestConfig } from '../../src/config/digest-config.js';
import { knowledgeConfig } from '../../src/config/knowledge-config.js';
import { parseEnvSection, wholeNumberVar, type Env } from '../../src/config/load-env.js';
import { registryConfig, type RegistryConfig } from '../../src/config/registry-config.js';
import { ConfigError } from '../../src/errors.js';
import { slackConfig, type SlackConfig } from '../slack/slack-config.js';

export interface ServerConfig {
  port: number;
  host: string;
  slack: SlackConfig | null;
  digest: DigestConfig;
  registry: RegistryConfig;
  docsBaseUrl: string | null;
}

const serverSchema = z.object({
  // 0 lets the system pick a free port (tests, several local instances).
  PORT: wholeNumberVar(0, 65535, 3978),
  HOST: z
    .string()
    .refine((host) => isIP(host) !== 0 || host === 'localhost', { message: 'must be an IP address to listen on, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)' })
    .optional(),
  MicrosoftAppId: z.string().optional(),
});

/**
 * Everything `serve` needs, checked before anything starts: a missing or malformed variable
 * stops start-up with a ConfigError naming it.
 */
export function serverConfig(env: Env, cwd: string = process.cwd()): ServerConfig {
  const vars = parseEnvSection(serverSchema, env);
  const slack = slackConfig(env);
  const digest = digestConfig(env);
  if (digest.slackChannel !== null) checkDigestChannel(digest.slackChannel, slack);
  // Without credentials nothing authenticates callers, so by default only this machine may call.
  const hasCredentials = slack !== null || vars.MicrosoftAppId !== undefined;
  const host = vars.HOST ?? (hasCredentials ? '0.0.0.0' : '127.0.0.1');
  return { port: vars.PORT, host, slack, digest, registry: registryConfig(env, cwd), docsBaseUrl: knowledgeConfig(env).docsBaseUrl ?? null };
}

function checkDigestChannel(channel: string, slack: SlackConfig | null): void {
  if (!/^[CG][A-Z0-9]{2,}$/.test(channel)) {
    throw new ConfigError(
      `Invalid configuration in DIGEST_SLACK_CHANNEL=${JSON.stringify(channel)}: use the channel's id (e.g. C0123ABCD, shown at the bottom of the channel's details), not its name.`,
      [{ path: 'DIGEST_SLACK_CHANNEL', message: 'is not a channel id' }],
    );
  }
  if (slack === null) {
    throw new ConfigError('Invalid configuration in SLACK_BOT_TOKEN: DIGEST_SLACK_CHANNEL is set, but Slack is off. Set SLACK_BOT_TOKEN (and SLACK_SIGNING_SECRET or SLACK_APP_TOKEN), or unset DIGEST_SLACK_CHANNEL.', [
      { path: 'SLACK_BOT_TOKEN', message: 'is required when DIGEST_SLACK_CHANNEL is set' },
    ]);
  }
}
