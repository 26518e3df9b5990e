import type { Database } from 'better-sqlite3';
import { RegistryError } from '../errors.js';

/**
 * The registry's schema, one step per version. `PRAGMA user_version` holds the last step
 * applied. Steps are append-only: a released step is never edited, a change is a new step.
 * Times are whole milliseconds since the epoch (UTC); descriptions and rule lists are JSON.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the stream registry, its reviews and snoozes, and the once-a-day digest record.
  `
  CREATE TABLE streams (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    connector   TEXT,
    owner       TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
  );
  CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    stream_id   INTEGER NOT NULL REFERENCES streams(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    verdict     TEXT NOT NULL CHECK (verdict IN ('ship', 'ship-with-warnings', 'needs-info', 'do-not-ship')),
    by          TEXT NOT NULL,
    via         TEXT NOT NULL CHECK (via IN ('slack', 'teams', 'cli')),
    at          INTEGER NOT NULL,
    -- Large columns last: reading verdict or at never walks their overflow pages.
    description TEXT NOT NULL,
    rules       TEXT NOT NULL
  );
  CREATE INDEX reviews_stream_at ON reviews(stream_id, at);
  -- Each stream's latest review, kept by the transaction that records a review: judging
  -- 100,000 streams must not fetch 100,000 rows scattered through years of reviews.
  CREATE TABLE latest_reviews (
    stream_id   INTEGER PRIMARY KEY REFERENCES streams(id) ON DELETE CASCADE,
    review_id   INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    verdict     TEXT NOT NULL,
    by          TEXT NOT NULL,
    via         TEXT NOT NULL,
    at          INTEGER NOT NULL
  );
  -- Without it, deleting a review would scan every stream's latest review for the foreign key.
  CREATE INDEX latest_reviews_review ON latest_reviews(review_id);
  CREATE TABLE snoozes (
    id         INTEGER PRIMARY KEY,
    stream_id  INTEGER NOT NULL REFERENCES streams(id) ON DELETE CASCADE,
    until      INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    by         TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX snoozes_stream_until ON snoozes(stream_id, until);
  CREATE TABLE digest_posts (
    day         TEXT NOT NULL,
    destination TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'empty', 'failed')),
    claim_token TEXT,
    claimed_at  INTEGER,
    attempts    INTEGER NOT NULL DEFAULT 0,
    sent_at     INTEGER,
    message_ref TEXT,
    last_error  TEXT,
    PRIMARY KEY (day, destination)
  );
  `,
  // 2: chat. Deliveries claimed before answering (a redelivered event is answered once), the
  // questions asked in chat with people's feedback, so unanswered ones can grow the knowledge base.
  `
  CREATE TABLE chat_events (
    event_key   TEXT PRIMARY KEY,
    state       TEXT NOT NULL CHECK (state IN ('claimed', 'done')),
    claim_token TEXT NOT NULL,
    claimed_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 1,
    done_at     INTEGER
  );
  CREATE INDEX chat_events_claimed_at ON chat_events(claimed_at);
  CREATE TABLE questions (
    id         INTEGER PRIMARY KEY,
    event_key  TEXT UNIQUE,
    question   TEXT NOT NULL,
    confident  INTEGER NOT NULL CHECK (confident IN (0, 1)),
    top_source TEXT,
    via        TEXT NOT NULL CHECK (via IN ('slack', 'teams', 'cli')),
    asked_by   TEXT,
    asked_at   INTEGER NOT NULL
  );
  CREATE INDEX questions_confident_at ON questions(confident, asked_at);
  CREATE TABLE answer_feedback (
    question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    by          TEXT NOT NULL,
    helpful     INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    at          INTEGER NOT NULL,
    PRIMARY KEY (question_id, by)
  );
  `,
  // 3: Teams. The conversations the app was added to (what a proactive post needs: the
  // reference, kept under the app id that received it), the ones that asked for the daily
  // digest, and each digest post as the Bot Connector answered it: its activity id is written
  // before the digest_posts row is completed, so a restart between the two never posts again.
  `
  CREATE TABLE teams_conversations (
    conversation_id TEXT PRIMARY KEY,
    reference       TEXT NOT NULL,
    service_url     TEXT NOT NULL,
    tenant_id       TEXT,
    app_id          TEXT NOT NULL,
    kind            TEXT,
    installed       INTEGER NOT NULL DEFAULT 1 CHECK (installed IN (0, 1)),
    updated_at      INTEGER NOT NULL
  );
  CREATE TABLE teams_digest_subscriptions (
    conversation_id TEXT PRIMARY KEY REFERENCES teams_conversations(conversation_id) ON DELETE CASCADE,
    subscribed_by   TEXT NOT NULL,
    subscribed_at   INTEGER NOT NULL
  );
  CREATE TABLE teams_digest_sends (
    destination TEXT NOT NULL,
    day         TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'rejected')),
    activity_id TEXT,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (destination, day)
  );
  `,
  // 4: the Data 360 org. When a sync last found each stream in the org, and when one found it
  // gone (kept, never deleted); each run a sync observed, one row per refresh time (a later
  // observation of the same run updates it); and each sync's outcome, for /healthz.
  `
  ALTER TABLE streams ADD COLUMN org_seen_at INTEGER;
  ALTER TABLE streams ADD COLUMN removed_at INTEGER;
  CREATE TABLE stream_runs (
    stream_id    INTEGER NOT NULL REFERENCES streams(id) ON DELETE CASCADE,
    refreshed_at INTEGER NOT NULL,
    status       TEXT,
    rows_added   INTEGER,
    error_code   TEXT,
    observed_at  INTEGER NOT NULL,
    PRIMARY KEY (stream_id, refreshed_at)
  );
  CREATE TABLE org_syncs (
    id          INTEGER PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),
    detail      TEXT NOT NULL
  );
  `,
  // 5: answer bands. How each question was answered (`answer`, a close call that asked "did you
  // mean" with two or three sections, or `unknown`; questions asked before were either answered
  // with confidence or not), and the section a person then picked from the choices or nearest
  // topics, so the team can see what a close call meant. A person's later pick replaces theirs.
  `
  ALTER TABLE questions ADD COLUMN band TEXT CHECK (band IN ('answer', 'clarify', 'unknown'));
  UPDATE questions SET band = CASE WHEN confident = 1 THEN 'answer' ELSE 'unknown' END;
  CREATE TABLE answer_picks (
    question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
    by          TEXT NOT NULL,
    section     TEXT NOT NULL,
    at          INTEGER NOT NULL,
    PRIMARY KEY (question_id, by)
  );
  `,
];

export const SCHEMA_VERSION: number = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a file written by a newer ingest-advisor before anything is written to it. */
export function assertKnownSchema(db: Database, file: string): void {
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new RegistryError(
      `The registry ${file} has schema version ${version}, but this ingest-advisor knows versions up to ${SCHEMA_VERSION}. ` +
        'Upgrade ingest-advisor, or point INGEST_ADVISOR_DB at another file. The file was not changed.',
    );
  }
}

/**
 * Applies the missing steps in one write transaction. The version is read again inside it,
 * so two processes opening a new registry at once migrate it once.
 */
export function migrate(db: Database, file: string): void {
  const run = db.transaction(() => {
    assertKnownSchema(db, file);
    const from = schemaVersion(db);
    for (let version = from; version < SCHEMA_VERSION; version += 1) {
      db.exec(MIGRATIONS[version]!);
    }
    if (from < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  run.immediate();
}
