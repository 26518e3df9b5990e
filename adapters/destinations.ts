import { configuredDestinations, type DestinationProvider } from '../src/digest/destinations.js';
import { slackDestinations } from './slack/slack-destination.js';
import { teamsDestinations } from './teams/teams-destination.js';

/** Every platform's digest destinations: `serve` and `digest --post` post to these. */
export const platformDestinations: DestinationProvider = async (context) => [...(await configuredDestinations(context)), ...(await slackDestinations(context)), ...(await teamsDestinations(context))];
