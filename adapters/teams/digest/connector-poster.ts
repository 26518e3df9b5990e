import type { Activity } from '@microsoft/agents-activity';
import { ConnectorClient, MsalConnectionManager, type AuthProvider } from '@microsoft/agents-hosting';
import { CONNECTION, CONNECTIONS_MAP, connectionSettings } from '../auth-configuration.js';
import { outboundPolicy } from '../outbound-hosts.js';
import type { StoredConversation } from '../store/conversations.js';
import type { TeamsConfig } from '../teams-config.js';
import { PostFailure, toPostFailure } from './post-failure.js';

/** Posts one activity into a stored conversation and returns the id the Bot Connector gave it. */
export interface ConnectorPoster {
  post(conversation: StoredConversation, activity: Activity): Promise<string>;
}

/** The Bot Connector's token audience. */
const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com';

/** Longer than any healthy answer; a post without an answer by then counts as lost (maybe posted). */
export const POST_TIMEOUT_MS = 30_000;

function tokenProvider(config: TeamsConfig): AuthProvider | null {
  if (config.mode === 'local') return null;
  const manager = new MsalConnectionManager(new Map([[CONNECTION, connectionSettings(config)]]), CONNECTIONS_MAP);
  return manager.getDefaultConnection();
}

async function tokenFor(provider: AuthProvider | null): Promise<string> {
  if (!provider) return '';
  try {
    return await provider.getAccessToken(BOT_FRAMEWORK_SCOPE);
  } catch (error) {
    throw new PostFailure(`could not get a Bot Framework token for MicrosoftAppId (${error instanceof Error ? error.message : String(error)})`, 'rejected');
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new PostFailure(`no answer from the Bot Connector within ${ms} ms`, 'unknown')), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Proactive posts straight through the SDK's ConnectorClient (not a turn, so a failure comes back
 * here instead of going to the app's turn-error handler), signed with the bot's token in auth
 * mode and unsigned in local mode. Every failure is a PostFailure saying whether it may have posted.
 */
export function createConnectorPoster(config: TeamsConfig, timeoutMs: number = POST_TIMEOUT_MS): ConnectorPoster {
  const provider = tokenProvider(config);
  const hosts = outboundPolicy(config);
  return {
    async post(conversation, activity) {
      if (!hosts.isAllowed(conversation.serviceUrl)) throw new PostFailure(`the conversation's service URL is not a Bot Connector host: ${conversation.serviceUrl}`, 'rejected', 400);
      const token = await tokenFor(provider);
      activity.applyConversationReference(conversation.reference, false);
      try {
        const client = ConnectorClient.createClientWithToken(conversation.serviceUrl, token);
        const response = await withTimeout(client.sendToConversation(conversation.conversationId, activity), timeoutMs);
        // Accepted is posted, even on the rare answer without an id.
        return response?.id || '?';
      } catch (error) {
        throw toPostFailure(error);
      }
    },
  };
}
