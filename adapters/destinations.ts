import { configuredDestinations, type DestinationProvider } from '../src/digest/destinations.js';

/**
 * Every platform's digest destinations: `serve` and `digest --post` post to these. Each
 * platform's code (Bolt's web client, the Agents SDK) is loaded only when a digest is posted:
 * together they take more than half a second to load, which every other command would pay.
 */
export const platformDestinations: DestinationProvider = async (context) => {
  const [{ slackDestinations }, { teamsDestinations }] = await Promise.all([import('./slack/slack-destination.js'), import('./teams/teams-destination.js')]);
  return [...(await configuredDestinations(context)), ...(await slackDestinations(context)), ...(await teamsDestinations(context))];
};
