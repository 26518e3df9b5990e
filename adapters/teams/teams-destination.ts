import { SendError, type DigestDestination } from '../../src/digest/destination.js';
import type { DestinationProvider } from '../../src/digest/destinations.js';
import type { Digest } from '../../src/digest/model.js';
import type { Logger } from '../../src/logging/logger.js';
import { DAY_MS } from '../../src/registry/check-state.js';
import type { RegistryDb } from '../../src/registry/registry-db.js';
import { cardMessage } from './card-reply.js';
import { digestCard } from './cards/digest.js';
import { createConnectorPoster, type ConnectorPoster } from './digest/connector-poster.js';
import { PostFailure, toPostFailure } from './digest/post-failure.js';
import { TenantPacer } from './digest/tenant-pacer.js';
import { forgetConversation, type StoredConversation } from './store/conversations.js';
import { markRejected, markSending, markSent, pruneSends, sendRecord, type SendKey } from './store/digest-sends.js';
import { subscribedConversations } from './store/subscriptions.js';
import { appIdOf, teamsConfig } from './teams-config.js';

export interface DestinationDeps {
  db: RegistryDb;
  poster: ConnectorPoster;
  pacer: TenantPacer;
  logger: Logger;
  now: () => Date;
}

/**
 * The daily digest in one Teams conversation, posted proactively as a card.
 *
 * Exactly once, by two records: the core's digest_posts claim, and this destination's
 * teams_digest_sends row, written `sending` before the request and `sent` with the Bot
 * Connector's activity id before the claim is completed. After a crash between the post and the
 * claim's completion, `findPosted` finds the id and the digest is not posted again. The Bot
 * Connector cannot list a conversation's messages, so when its answer itself was lost (the
 * process died mid-request, a timeout, a dropped connection) nothing can tell whether the post
 * landed: then it is not sent again, and the log says so. A day is never posted twice; in that
 * one window, it may be missing.
 */
export class TeamsDigestDestination implements DigestDestination {
  readonly id: string;

  constructor(private readonly conversation: StoredConversation, private readonly deps: DestinationDeps) {
    this.id = `teams:${conversation.conversationId}`;
  }

  async send(digest: Digest, day: string): Promise<string> {
    const key: SendKey = { destination: this.id, day };
    const message = cardMessage(digestCard(digest, day));
    await this.deps.pacer.wait(this.conversation.tenantId ?? '');
    await markSending(this.deps.db, key, this.deps.now());
    let activityId: string;
    try {
      activityId = await this.deps.poster.post(this.conversation, message);
    } catch (error) {
      throw await this.failed(toPostFailure(error), key);
    }
    await markSent(this.deps.db, key, activityId, this.deps.now());
    return `${this.conversation.conversationId}/${activityId}`;
  }

  async findPosted(day: string): Promise<string | null> {
    const record = await sendRecord(this.deps.db, { destination: this.id, day });
    if (!record || record.state === 'rejected') return null;
    if (record.state === 'sent') return `${this.conversation.conversationId}/${record.activityId ?? '?'}`;
    this.deps.logger.warn(
      { destination: this.id, day },
      'the answer to an earlier digest post here was lost, so it may or may not be in Teams; not posting again (a digest is never posted twice)',
    );
    return `${this.conversation.conversationId}/unconfirmed`;
  }

  private async failed(failure: PostFailure, key: SendKey): Promise<SendError> {
    const log = this.deps.logger.child({ destination: this.id, day: key.day, status: failure.status });
    if (failure.outcome === 'unknown') return new SendError(failure.message, true);
    await markRejected(this.deps.db, key, this.deps.now());
    if (failure.status === 403 || failure.status === 404) {
      await forgetConversation(this.deps.db, this.conversation.conversationId, this.deps.now());
      log.error(`the app is no longer in this conversation (Bot Connector ${failure.status}): unsubscribed it from the digest; add the app and send "digest on" there to subscribe again`);
      return new SendError(failure.message, false);
    }
    if (failure.status === 401) {
      log.error('the Bot Connector refused the bot token (401): check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId');
      return new SendError(failure.message, false);
    }
    // Microsoft asks bots to retry 429 (after Retry-After), 412, 502 and 504; other 5xx and unreachable too.
    const transient = failure.status === null || failure.status === 429 || failure.status === 412 || failure.status === 408 || failure.status >= 500;
    return new SendError(failure.message, transient, failure.retryAfterMs);
  }
}

/** Posts older than this are forgotten: only the current day's record is ever read back. */
const SEND_RETENTION_MS = 60 * DAY_MS;

/** The Teams conversations that asked for the digest, for `serve` and `digest --post`. */
export const teamsDestinations: DestinationProvider = async ({ env, db, logger }) => {
  const config = teamsConfig(env);
  const conversations = await subscribedConversations(db, appIdOf(config));
  if (conversations.length === 0) return [];
  await pruneSends(db, new Date(Date.now() - SEND_RETENTION_MS));
  const deps: DestinationDeps = { db, logger, poster: createConnectorPoster(config), pacer: new TenantPacer(), now: () => new Date() };
  return conversations.map((conversation) => new TeamsDigestDestination(conversation, deps));
};
