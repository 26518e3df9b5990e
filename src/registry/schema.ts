import type { Generated } from 'kysely';

/**
 * The registry's tables as the queries see them, the same on SQLite and PostgreSQL. Times are
 * whole milliseconds since the epoch (UTC); descriptions and rule lists are JSON text; flags are
 * 0 or 1. The migrations (`migration-steps.ts`) create exactly this.
 */
export interface RegistrySchema {
  streams: StreamsTable;
  reviews: ReviewsTable;
  latest_reviews: LatestReviewsTable;
  snoozes: SnoozesTable;
  digest_posts: DigestPostsTable;
  chat_events: ChatEventsTable;
  questions: QuestionsTable;
  answer_feedback: AnswerFeedbackTable;
  answer_picks: AnswerPicksTable;
  teams_conversations: TeamsConversationsTable;
  teams_digest_subscriptions: TeamsDigestSubscriptionsTable;
  teams_digest_sends: TeamsDigestSendsTable;
  stream_runs: StreamRunsTable;
  org_syncs: OrgSyncsTable;
}

export interface StreamsTable {
  id: Generated<number>;
  name: string;
  description: string;
  fingerprint: string;
  connector: string | null;
  owner: string | null;
  created_at: number;
  updated_at: number;
  org_seen_at: number | null;
  removed_at: number | null;
}

export interface ReviewsTable {
  id: Generated<number>;
  stream_id: number;
  fingerprint: string;
  verdict: string;
  by: string;
  via: string;
  at: number;
  description: string;
  rules: string;
}

export interface LatestReviewsTable {
  stream_id: number;
  review_id: number;
  fingerprint: string;
  verdict: string;
  by: string;
  via: string;
  at: number;
}

export interface SnoozesTable {
  id: Generated<number>;
  stream_id: number;
  until: number;
  reason: string;
  by: string;
  created_at: number;
}

export interface DigestPostsTable {
  day: string;
  destination: string;
  state: 'claimed' | 'sent' | 'empty' | 'failed';
  claim_token: string | null;
  claimed_at: number | null;
  attempts: Generated<number>;
  sent_at: number | null;
  message_ref: string | null;
  last_error: string | null;
}

export interface ChatEventsTable {
  event_key: string;
  state: 'claimed' | 'done';
  claim_token: string;
  claimed_at: number;
  attempts: Generated<number>;
  done_at: number | null;
}

export interface QuestionsTable {
  id: Generated<number>;
  event_key: string | null;
  question: string;
  confident: number;
  /** Null only between the step that adds it and the update that fills it. */
  band: string | null;
  top_source: string | null;
  via: string;
  asked_by: string | null;
  asked_at: number;
}

export interface AnswerFeedbackTable {
  question_id: number;
  by: string;
  helpful: number;
  at: number;
}

export interface AnswerPicksTable {
  question_id: number;
  by: string;
  section: string;
  at: number;
}

export interface TeamsConversationsTable {
  conversation_id: string;
  reference: string;
  service_url: string;
  tenant_id: string | null;
  app_id: string;
  kind: string | null;
  installed: Generated<number>;
  updated_at: number;
}

export interface TeamsDigestSubscriptionsTable {
  conversation_id: string;
  subscribed_by: string;
  subscribed_at: number;
}

export interface TeamsDigestSendsTable {
  destination: string;
  day: string;
  state: 'sending' | 'sent' | 'rejected';
  activity_id: string | null;
  updated_at: number;
}

export interface StreamRunsTable {
  stream_id: number;
  refreshed_at: number;
  status: string | null;
  rows_added: number | null;
  error_code: string | null;
  observed_at: number;
}

export interface OrgSyncsTable {
  id: Generated<number>;
  started_at: number;
  finished_at: number;
  outcome: 'ok' | 'failed';
  detail: string;
}

/** Every table, parents before the tables that refer to them: the order a copy fills them in. */
export const TABLES: ReadonlyArray<keyof RegistrySchema> = [
  'streams',
  'reviews',
  'latest_reviews',
  'snoozes',
  'digest_posts',
  'chat_events',
  'questions',
  'answer_feedback',
  'answer_picks',
  'teams_conversations',
  'teams_digest_subscriptions',
  'teams_digest_sends',
  'stream_runs',
  'org_syncs',
];
