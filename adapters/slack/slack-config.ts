import { z } from 'zod';
import { parseEnvSection, type Env } from '../../src/config/load-env.js';
import { ConfigError } from '../../src/errors.js';

export interface SlackConfig {
  /** `http`: Slack posts to /slack/events. `socket`: the app dials out to Slack (no public URL needed). */
  mode: 'http' | 'socket';
  botToken: string;
  /** Verifies requests to /slack/events; not used in Socket Mode. */
  signingSecret: string | null;
  appToken: string | null;
  /** The Web API base URL, ending in `/`; null for Slack's own. */
  apiUrl: string | null;
}

const token = (prefix: string, where: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}-\\S+$`), { message: `must be a token starting with ${prefix}- (${where})` })
    .optional();

const slackSchema = z.object({
  SLACK_BOT_TOKEN: token('xoxb', 'the app settings › OAuth & Permissions › Bot User OAuth Token'),
  SLACK_SIGNING_SECRET: z.string().regex(/^\S{8,}$/, { message: 'must be the app’s signing secret (Basic Information › App Credentials), without spaces' }).optional(),
  SLACK_APP_TOKEN: token('xapp', 'Basic Information › App-Level Tokens, with the connections:write scope'),
  SLACK_API_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://slack.com/api/' }).optional(),
});

/** Slack's variables, checked together: null when Slack is off (none of the credentials set). */
export function slackConfig(env: Env): SlackConfig | null {
  const vars = parseEnvSection(slackSchema, env);
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = vars;
  if (!botToken && !signingSecret && !appToken) return null;
  if (!botToken) throw missing('SLACK_BOT_TOKEN', `${signingSecret ? 'SLACK_SIGNING_SECRET' : 'SLACK_APP_TOKEN'} is set`);
  if (!appToken && !signingSecret) {
    throw missing('SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN is set; Slack over HTTP verifies every request with it (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  const apiUrl = vars.SLACK_API_URL ? vars.SLACK_API_URL.replace(/\/*$/, '/') : null;
  return { mode: appToken ? 'socket' : 'http', botToken, signingSecret: signingSecret ?? null, appToken: appToken ?? null, apiUrl };
}

function missing(name: string, because: string): ConfigError {
  return new ConfigError(`Invalid configuration in ${name}: it is not set, but ${because}. Set it in the environment or .env (see the README's Slack section).`, [
    { path: name, message: `${name} is required when ${because}` },
  ]);
}

/**
 * What posting the digest needs (`digest --post` runs without serving, so no signing secret):
 * the bot token and the API URL. Null when SLACK_BOT_TOKEN is unset.
 */
export function slackPostingConfig(env: Env): Pick<SlackConfig, 'botToken' | 'apiUrl'> | null {
  const vars = parseEnvSection(slackSchema.pick({ SLACK_BOT_TOKEN: true, SLACK_API_URL: true }), env);
  if (!vars.SLACK_BOT_TOKEN) return null;
  return { botToken: vars.SLACK_BOT_TOKEN, apiUrl: vars.SLACK_API_URL ? vars.SLACK_API_URL.replace(/\/*$/, '/') : null };
}
