import { z } from 'zod';
import { parseEnvSection, type Env } from '../../src/config/load-env.js';
import { ConfigError } from '../../src/errors.js';

export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof APP_TYPES)[number];

/**
 * Teams' settings. `auth`: the Azure Bot registration's credentials are set, every request's
 * token is checked and replies carry the bot's token. `local`: none are set (Agents Playground,
 * tests); served only on a loopback address.
 */
export type TeamsConfig =
  | { mode: 'local' }
  | { mode: 'auth'; appId: string; appType: AppType; password: string | null; tenantId: string | null };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i;

const teamsSchema = z.object({
  MicrosoftAppId: z.string().regex(GUID, { message: "must be the Azure Bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000 (Azure portal › the bot › Configuration)" }).optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppTenantId: z.string().regex(TENANT, { message: 'must be a directory (tenant) id GUID, or a domain such as contoso.onmicrosoft.com' }).optional(),
  MicrosoftAppType: z
    .string()
    .transform((value) => APP_TYPES.find((type) => type.toLowerCase() === value.toLowerCase()) ?? value)
    .refine((value): value is AppType => (APP_TYPES as readonly string[]).includes(value), { message: `must be one of ${APP_TYPES.join(', ')}` })
    .optional(),
});

/** Reads and checks Teams' variables; a half-set registration is a ConfigError naming what is missing. */
export function teamsConfig(env: Env): TeamsConfig {
  const vars = parseEnvSection(teamsSchema, env);
  const { MicrosoftAppId: appId, MicrosoftAppPassword: password, MicrosoftAppTenantId: tenantId } = vars;
  if (!appId) {
    const stray = password ? 'MicrosoftAppPassword' : tenantId ? 'MicrosoftAppTenantId' : vars.MicrosoftAppType ? 'MicrosoftAppType' : null;
    if (stray) throw missing('MicrosoftAppId', `${stray} is set`);
    return { mode: 'local' };
  }
  // Without an explicit type, a tenant id means a single-tenant registration (what Azure creates today).
  const appType = (vars.MicrosoftAppType as AppType | undefined) ?? (tenantId ? 'SingleTenant' : 'MultiTenant');
  if (appType !== 'MultiTenant' && !tenantId) throw missing('MicrosoftAppTenantId', `MicrosoftAppType is ${appType}`);
  if (appType !== 'UserAssignedMSI' && !password) throw missing('MicrosoftAppPassword', 'MicrosoftAppId is set; replies to Teams are signed with it');
  return { mode: 'auth', appId, appType, password: password ?? null, tenantId: tenantId ?? null };
}

function missing(name: string, because: string): ConfigError {
  return new ConfigError(`Invalid configuration in ${name}: it is not set, but ${because}. Set it in the environment or .env (see the README's Teams section), or unset the other Microsoft* variables for local mode.`, [
    { path: name, message: `${name} is required when ${because}` },
  ]);
}

/** The app id a stored conversation belongs to: '' for local mode. */
export function appIdOf(config: TeamsConfig): string {
  return config.mode === 'auth' ? config.appId : '';
}

/** Whether HOST only accepts connections from this machine (the condition for local mode). */
export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) || name === '::ffff:127.0.0.1';
}
