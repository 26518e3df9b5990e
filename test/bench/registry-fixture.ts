import Database from 'better-sqlite3';
import { fingerprint } from '../../src/registry/fingerprint.js';
import { rebuildLatestReviews } from '../../src/registry/latest-reviews.js';
import { openRegistry, type RegistryDb } from '../../src/registry/open-registry.js';

const DAY = 86_400_000;
const CONNECTORS = ['salesforce-crm', 's3', 'ingestion-api', 'snowflake', 'web-sdk', 'marketing-cloud'];
const VERDICTS = ['ship', 'ship', 'ship', 'ship-with-warnings', 'do-not-ship', 'needs-info'];
const RULE_IDS = ['freshness', 'key', 'deletes', 'full-refresh-cost', 'category', 'use', 'ownership', 'api-fit', 'connector-first', 'mode-supported'];

export function benchStream(index: number): Record<string, unknown> {
  return {
    name: `Stream ${String(index).padStart(6, '0')}`,
    connector: CONNECTORS[index % CONNECTORS.length],
    category: index % 3 === 0 ? 'engagement' : 'profile',
    dataShape: index % 3 === 0 ? 'event' : 'entity',
    ...(index % 3 === 0 ? { eventTimeField: 'occurred_at' } : {}),
    refreshMode: 'upsert',
    primaryKey: ['id'],
    keyUnique: true,
    schedule: 'hourly',
    decisionFreshness: 'daily',
    uses: ['segmentation', 'activation'],
    owner: `team-${index % 40}`,
    alerting: true,
  };
}

function rulesJson(verdict: string): string {
  const failing = verdict === 'do-not-ship' ? 'fail' : verdict === 'needs-info' ? 'needs-info' : 'pass';
  return JSON.stringify(
    RULE_IDS.map((id, i) => ({ id, title: `Rule ${id}`, status: i === 1 ? failing : 'pass', message: `The ${id} rule's one-line message for this stream.`, refs: ['style-guide'] })),
  );
}

/**
 * Creates a registry of `streams` streams and `reviews` reviews at `file` (a fixture, not data
 * to keep: written without a journal). Every tenth stream is never reviewed; the others have
 * reviews spread over 200 days with mixed verdicts; every seventh was reviewed as an older
 * description and every eleventh not in the last 120 days. Reviews are generated inside SQLite: a million JavaScript inserts would
 * take most of a minute.
 */
export function buildRegistryFixture(file: string, streams: number, reviews: number, now: number): void {
  openRegistry(file).close();
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  try {
    db.transaction(() => {
      insertStreams(db, streams, now);
      insertReviews(db, streams, reviews, now);
    })();
    rebuildLatestReviews(db);
  } finally {
    db.pragma('journal_mode = WAL');
    db.close();
  }
}

function insertStreams(db: RegistryDb, streams: number, now: number): void {
  const insert = db.prepare('INSERT INTO streams (id, name, description, fingerprint, connector, owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (let id = 1; id <= streams; id += 1) {
    const stream = benchStream(id);
    insert.run(id, stream.name, JSON.stringify(stream), fingerprint(stream), stream.connector, stream.owner, now - 400 * DAY, now - 400 * DAY);
  }
}

function insertReviews(db: RegistryDb, streams: number, reviews: number, now: number): void {
  db.exec('CREATE TEMP TABLE fixture_verdicts (k INTEGER PRIMARY KEY, verdict TEXT, rules TEXT)');
  const verdict = db.prepare('INSERT INTO fixture_verdicts VALUES (?, ?, ?)');
  VERDICTS.forEach((v, k) => verdict.run(k, v, rulesJson(v)));
  const reviewed = streams - Math.floor(streams / 10);
  const base = Math.floor(reviews / reviewed);
  // The reviewed streams among the first `extraUpTo` ids get one review more, so the total is exact.
  // CROSS JOIN keeps SQLite's loop order: each (stream, n) looks its verdict up by key.
  const extra = reviews - base * reviewed;
  const extraUpTo = extra + Math.floor(extra / 9);
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < @base)
     INSERT INTO reviews (stream_id, fingerprint, verdict, by, via, at, description, rules)
     SELECT s.id, CASE WHEN s.id % 7 = 0 THEN 'an older description' ELSE s.fingerprint END, v.verdict,
            'U' || (s.id % 97), 'slack', @now - ((s.id * 13 + n.i * 17) % 200 + (s.id % 11 = 0) * 120) * ${DAY} - n.i,
            s.description, v.rules
     FROM streams s CROSS JOIN n CROSS JOIN fixture_verdicts v ON v.k = (s.id + n.i) % 6
     WHERE s.id % 10 <> 0 AND (n.i < @base OR s.id <= @extraUpTo)`,
  ).run({ base, now, extraUpTo });
  db.exec('DROP TABLE fixture_verdicts');
}
