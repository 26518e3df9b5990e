import { AuthType, type AuthConfiguration, type ConnectionMapItem } from '@microsoft/agents-hosting';
import type { TeamsConfig } from './teams-config.js';

/** The SDK's name for the connection that signs replies and validates incoming tokens. */
export const CONNECTION = 'serviceConnection';

export const CONNECTIONS_MAP: ConnectionMapItem[] = [{ serviceUrl: '*', connection: CONNECTION }];

/** The one connection's settings: the Azure Bot registration, or nothing in local mode. */
export function connectionSettings(config: TeamsConfig): AuthConfiguration {
  if (config.mode === 'local') return {};
  return {
    clientId: config.appId,
    ...(config.tenantId ? { tenantId: config.tenantId } : {}),
    ...(config.password && config.appType !== 'UserAssignedMSI' ? { clientSecret: config.password } : {}),
    authType: config.appType === 'UserAssignedMSI' ? AuthType.UserManagedIdentity : AuthType.ClientSecret,
    // The token's issuer must be Bot Framework, Microsoft's first-party tenants or this tenant.
    validateIssuer: true,
  };
}

/**
 * The SDK's configuration, built from our validated variables only. Passing the connections
 * explicitly keeps the SDK from reading its own `Connections__…` variables from process.env,
 * so what `serve` checked at start-up is what it runs with.
 */
export function authConfiguration(config: TeamsConfig): AuthConfiguration {
  const settings = connectionSettings(config);
  return { ...settings, connections: new Map([[CONNECTION, settings]]), connectionsMap: CONNECTIONS_MAP };
}
