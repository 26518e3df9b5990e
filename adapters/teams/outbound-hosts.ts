import { createOutboundHostValidator, loadOutboundHostValidatorOptionsFromEnv, OutboundHostValidator, type OutboundUrlPolicy } from '@microsoft/agents-hosting';
import type { TeamsConfig } from './teams-config.js';

/**
 * Where the bot may send its token: with credentials, only to Microsoft's Bot Connector hosts
 * (the SDK's list: botframework.com, smba.trafficmanager.net, teams.microsoft.com/.us, …), so
 * neither a reply nor a stored conversation can carry it elsewhere. The SDK's own
 * `OutboundHostValidator__Hosts` adds hosts and `OutboundHostValidator__Enabled=false` turns it
 * off. Local mode sends no token and talks to the Playground on localhost: no check.
 */
export function outboundPolicy(config: TeamsConfig): OutboundUrlPolicy {
  if (config.mode === 'local') return new OutboundHostValidator({ enabled: false });
  return createOutboundHostValidator({ enabled: loadOutboundHostValidatorOptionsFromEnv().enabled ?? true });
}
