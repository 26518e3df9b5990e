import type { Advisor } from '../../src/answer/advisor.js';
import type { Logger } from '../../src/logging/logger.js';
import type { RegistryDb } from '../../src/registry/registry-db.js';
import type { ReviewOptions } from '../../src/review/engine.js';
import type { Policy } from '../../src/review/policy/policy.js';
import type { TaskTracker } from '../server/tasks.js';
import type { ReplyContext } from './reply.js';
import type { BotIdentity, WebClient } from './web-client.js';

/** What the Slack listeners share: built once by `createSlackApp`. */
export interface SlackDeps {
  db: RegistryDb;
  advisor: Advisor;
  logger: Logger;
  /** The app's own client (the bot token), also used outside requests (digest, replies after ack). */
  client: WebClient;
  bot: BotIdentity;
  docsBaseUrl: string | null;
  /** SLACK_API_URL: its origin is trusted for response URLs too. */
  apiUrl: string | null;
  tasks: TaskTracker;
  now: () => Date;
  /** How long a claimed event delivery keeps redeliveries off before it counts as abandoned. */
  eventLeaseMs: number;
  /** REVIEW_MAX_AGE_DAYS, for the state shown next to a recorded review. */
  maxAgeDays: number;
  /** INGEST_REVIEW_POLICY, read at start-up: chat reviews follow the same team policy as the CLI. */
  policy: Policy | undefined;
}

export function reviewOptions(deps: SlackDeps): ReviewOptions {
  return deps.policy ? { policy: deps.policy, now: deps.now() } : { now: deps.now() };
}

export function replyContext(deps: SlackDeps): ReplyContext {
  return { client: deps.client, logger: deps.logger, apiUrl: deps.apiUrl };
}
