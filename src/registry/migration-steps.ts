import { sql, type CreateTableBuilder } from 'kysely';
import type { Engine, RegistryDb } from './registry-db.js';

export interface MigrationContext {
  /** The migration's transaction. */
  db: RegistryDb;
  engine: Engine;
}

/**
 * One version of the schema. Steps are append-only: a released step is never edited, a change is
 * a new step at the end. Each is written once, through Kysely's schema builder, for both
 * engines; the only differences are the ones below (an id column, the order of names).
 */
export type MigrationStep = (context: MigrationContext) => Promise<void>;

/** An auto-numbered id: SQLite's rowid alias, PostgreSQL's identity column. */
function withId<T extends string>(engine: Engine) {
  return (table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> =>
    engine === 'postgres' ? table.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity()) : table.addColumn('id', 'integer', (c) => c.primaryKey());
}

/** Names sort by code point on both engines (SQLite's binary order; PostgreSQL's C collation, whatever the database's locale). */
const nameType = (engine: Engine) => (engine === 'postgres' ? sql`text collate "C"` : sql`text`);

const inList = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

// 1: the stream registry, its reviews and snoozes, and the once-a-day digest record.
const registry: MigrationStep = async ({ db, engine }) => {
  await db.schema
    .createTable('streams')
    .$call(withId(engine))
    .addColumn('name', nameType(engine), (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('connector', 'text')
    .addColumn('owner', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('reviews')
    .$call(withId(engine))
    .addColumn('stream_id', 'bigint', (c) => c.notNull().references('streams.id').onDelete('cascade'))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull().check(sql`verdict in (${inList(['ship', 'ship-with-warnings', 'needs-info', 'do-not-ship'])})`))
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull().check(sql`via in (${inList(['slack', 'teams', 'cli'])})`))
    .addColumn('at', 'bigint', (c) => c.notNull())
    // Large columns last: reading verdict or at never walks SQLite's overflow pages.
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reviews_stream_at').on('reviews').columns(['stream_id', 'at']).execute();
  // Each stream's latest review, kept by the transaction that records a review: judging
  // 100,000 streams must not fetch 100,000 rows scattered through years of reviews.
  await db.schema
    .createTable('latest_reviews')
    .addColumn('stream_id', 'bigint', (c) => c.primaryKey().references('streams.id').onDelete('cascade'))
    .addColumn('review_id', 'bigint', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  // Without it, deleting a review would scan every stream's latest review for the foreign key.
  await db.schema.createIndex('latest_reviews_review').on('latest_reviews').column('review_id').execute();
  await db.schema
    .createTable('snoozes')
    .$call(withId(engine))
    .addColumn('stream_id', 'bigint', (c) => c.notNull().references('streams.id').onDelete('cascade'))
    .addColumn('until', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('snoozes_stream_until').on('snoozes').columns(['stream_id', 'until']).execute();
  await db.schema
    .createTable('digest_posts')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in (${inList(['claimed', 'sent', 'empty', 'failed'])})`))
    .addColumn('claim_token', 'text')
    .addColumn('claimed_at', 'bigint')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sent_at', 'bigint')
    .addColumn('message_ref', 'text')
    .addColumn('last_error', 'text')
    .addPrimaryKeyConstraint('digest_posts_pk', ['day', 'destination'])
    .execute();
};

// 2: chat. Deliveries claimed before answering (a redelivered event is answered once), the
// questions asked in chat with people's feedback, so unanswered ones can grow the knowledge base.
const chat: MigrationStep = async ({ db, engine }) => {
  await db.schema
    .createTable('chat_events')
    .addColumn('event_key', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in (${inList(['claimed', 'done'])})`))
    .addColumn('claim_token', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('done_at', 'bigint')
    .execute();
  await db.schema.createIndex('chat_events_claimed_at').on('chat_events').column('claimed_at').execute();
  await db.schema
    .createTable('questions')
    .$call(withId(engine))
    .addColumn('event_key', 'text', (c) => c.unique())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('confident', 'integer', (c) => c.notNull().check(sql`confident in (0, 1)`))
    .addColumn('top_source', 'text')
    .addColumn('via', 'text', (c) => c.notNull().check(sql`via in (${inList(['slack', 'teams', 'cli'])})`))
    .addColumn('asked_by', 'text')
    .addColumn('asked_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('questions_confident_at').on('questions').columns(['confident', 'asked_at']).execute();
  await db.schema
    .createTable('answer_feedback')
    .addColumn('question_id', 'bigint', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('helpful', 'integer', (c) => c.notNull().check(sql`helpful in (0, 1)`))
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('answer_feedback_pk', ['question_id', 'by'])
    .execute();
};

// 3: Teams. The conversations the app was added to (what a proactive post needs: the
// reference, kept under the app id that received it), the ones that asked for the daily
// digest, and each digest post as the Bot Connector answered it: its activity id is written
// before the digest_posts row is completed, so a restart between the two never posts again.
const teams: MigrationStep = async ({ db }) => {
  await db.schema
    .createTable('teams_conversations')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text')
    .addColumn('app_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('installed', 'integer', (c) => c.notNull().defaultTo(1).check(sql`installed in (0, 1)`))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('teams_digest_subscriptions')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey().references('teams_conversations.conversation_id').onDelete('cascade'))
    .addColumn('subscribed_by', 'text', (c) => c.notNull())
    .addColumn('subscribed_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('teams_digest_sends')
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in (${inList(['sending', 'sent', 'rejected'])})`))
    .addColumn('activity_id', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('teams_digest_sends_pk', ['destination', 'day'])
    .execute();
};

// 4: the Data 360 org. When a sync last found each stream in the org, and when one found it
// gone (kept, never deleted); each run a sync observed, one row per refresh time (a later
// observation of the same run updates it); and each sync's outcome, for /healthz.
const org: MigrationStep = async ({ db, engine }) => {
  await db.schema.alterTable('streams').addColumn('org_seen_at', 'bigint').execute();
  await db.schema.alterTable('streams').addColumn('removed_at', 'bigint').execute();
  await db.schema
    .createTable('stream_runs')
    .addColumn('stream_id', 'bigint', (c) => c.notNull().references('streams.id').onDelete('cascade'))
    .addColumn('refreshed_at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('rows_added', 'bigint')
    .addColumn('error_code', 'text')
    .addColumn('observed_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('stream_runs_pk', ['stream_id', 'refreshed_at'])
    .execute();
  await db.schema
    .createTable('org_syncs')
    .$call(withId(engine))
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in (${inList(['ok', 'failed'])})`))
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
};

// 5: answer bands. How each question was answered (`answer`, a close call that asked "did you
// mean" with two or three sections, or `unknown`; questions asked before were either answered
// with confidence or not), and the section a person then picked from the choices or nearest
// topics, so the team can see what a close call meant. A person's later pick replaces theirs.
const bands: MigrationStep = async ({ db }) => {
  await db.schema
    .alterTable('questions')
    .addColumn('band', 'text', (c) => c.check(sql`band in (${inList(['answer', 'clarify', 'unknown'])})`))
    .execute();
  await db
    .updateTable('questions')
    .set({ band: sql<string>`case when confident = 1 then 'answer' else 'unknown' end` })
    .execute();
  await db.schema
    .createTable('answer_picks')
    .addColumn('question_id', 'bigint', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('answer_picks_pk', ['question_id', 'by'])
    .execute();
};

/** Version N of the schema is the first N steps. */
export const MIGRATIONS: readonly MigrationStep[] = [registry, chat, teams, org, bands];

export const SCHEMA_VERSION: number = MIGRATIONS.length;
