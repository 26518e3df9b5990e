import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { isSecureUrl } from '../salesforce/secure-url.js';
import { parseEnvSection, type Env } from './load-env.js';

/** How the advisor signs in to the org: a connected app's (or External Client App's) OAuth flow. */
export type SalesforceAuth =
  | { flow: 'client-credentials'; clientId: string; clientSecret: string }
  | { flow: 'jwt-bearer'; clientId: string; username: string; privateKeyFile: string };

export interface SalesforceConfig {
  /** SF_LOGIN_URL as an origin (no trailing slash): where tokens are requested. */
  loginUrl: string;
  /** SF_API_VERSION, e.g. `64.0`. */
  apiVersion: string;
  auth: SalesforceAuth;
}

/** The variables that say a deployment wants the org synced (the URL and version alone have defaults). */
const CREDENTIAL_VARS = ['SF_CLIENT_ID', 'SF_CLIENT_SECRET', 'SF_USERNAME', 'SF_PRIVATE_KEY_FILE'] as const;

const HOW_TO_CONNECT =
  'Set SF_CLIENT_ID and SF_CLIENT_SECRET (OAuth 2.0 client credentials), or SF_CLIENT_ID, SF_USERNAME and SF_PRIVATE_KEY_FILE (JWT bearer), ' +
  'from a connected app or External Client App of the org (see the README, "Connecting to Data 360").';

const salesforceSchema = z.object({
  SF_LOGIN_URL: z
    .url({ message: 'must be a URL such as https://login.salesforce.com or https://mycompany.my.salesforce.com' })
    .refine((value) => isSecureUrl(new URL(value)), { message: 'must be https (plain http is allowed only for 127.0.0.1 or localhost)' })
    .optional(),
  SF_API_VERSION: z
    .string()
    .regex(/^\d{2,3}\.0$/, { message: 'must be an API version such as 64.0' })
    .optional(),
  SF_CLIENT_ID: z.string().optional(),
  SF_CLIENT_SECRET: z.string().optional(),
  SF_USERNAME: z.string().optional(),
  SF_PRIVATE_KEY_FILE: z.string().optional(),
});

/** Whether any SF_* credential is set: `serve` syncs the org only then. */
export function salesforceConfigured(env: Env): boolean {
  return CREDENTIAL_VARS.some((name) => (env[name] ?? '').trim() !== '');
}

/** Reads and checks the SF_* variables; missing or inconsistent ones are a ConfigError naming them. */
export function salesforceConfig(env: Env): SalesforceConfig {
  const vars = parseEnvSection(salesforceSchema, env);
  const loginUrl = new URL(vars.SF_LOGIN_URL ?? 'https://login.salesforce.com').origin;
  const apiVersion = vars.SF_API_VERSION ?? '64.0';
  const missing = (names: string[]) =>
    new ConfigError(`Invalid configuration in ${names.join(', ')}: ${names.length === 1 ? 'it is' : 'they are'} not set. ${HOW_TO_CONNECT}`, names.map((path) => ({ path, message: 'is not set' })));
  if (!vars.SF_CLIENT_ID) throw missing(['SF_CLIENT_ID', ...(vars.SF_USERNAME || vars.SF_PRIVATE_KEY_FILE || vars.SF_CLIENT_SECRET ? [] : ['SF_CLIENT_SECRET'])]);
  // A JWT app may have a secret too; a username or key file says which flow is meant.
  if (vars.SF_USERNAME || vars.SF_PRIVATE_KEY_FILE) {
    const absent = (['SF_USERNAME', 'SF_PRIVATE_KEY_FILE'] as const).filter((name) => !vars[name]);
    if (absent.length > 0) throw missing([...absent]);
    return { loginUrl, apiVersion, auth: { flow: 'jwt-bearer', clientId: vars.SF_CLIENT_ID, username: vars.SF_USERNAME!, privateKeyFile: vars.SF_PRIVATE_KEY_FILE! } };
  }
  if (!vars.SF_CLIENT_SECRET) throw missing(['SF_CLIENT_SECRET']);
  return { loginUrl, apiVersion, auth: { flow: 'client-credentials', clientId: vars.SF_CLIENT_ID, clientSecret: vars.SF_CLIENT_SECRET } };
}
