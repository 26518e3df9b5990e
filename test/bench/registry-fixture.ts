import { sql } from 'kysely';
import { fingerprint } from '../../src/registry/fingerprint.js';
import { rebuildLatestReviews } from '../../src/registry/latest-reviews.js';
import type { Registry, RegistryDb } from '../../src/registry/registry-db.js';
import { chunks } from '../../src/registry/transactions.js';

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
 * Fills a new registry with `streams` streams and `reviews` reviews, the same on either engine.
 * Every tenth stream is never reviewed; the others have reviews spread over 200 days with mixed
 * verdicts; every seventh was reviewed as an older description and every eleventh not in the
 * last 120 days. Reviews are generated inside the database: a million inserts sent one by one
 * would take most of a minute. On SQLite the fixture is written without a journal (it is not data to keep).
 */
export async function buildRegistryFixture(registry: Registry, streams: number, reviews: number, now: number): Promise<void> {
  const { db } = registry;
  if (registry.engine === 'sqlite') {
    await sql`PRAGMA journal_mode = OFF`.execute(db);
    await sql`PRAGMA synchronous = OFF`.execute(db);
  }
  try {
    await db.transaction().execute(async (trx) => {
      await insertStreams(trx, streams, now);
      await insertReviews(trx, streams, reviews, now);
    });
    await rebuildLatestReviews(db);
  } finally {
    if (registry.engine === 'sqlite') {
      await sql`PRAGMA journal_mode = WAL`.execute(db);
      await sql`PRAGMA synchronous = FULL`.execute(db);
    }
  }
  if (registry.engine === 'postgres') await sql`ANALYZE`.execute(db);
}

async function insertStreams(db: RegistryDb, streams: number, now: number): Promise<void> {
  const ids = Array.from({ length: streams }, (_, i) => i + 1);
  for (const slice of chunks(ids, 1_000)) {
    const rows = slice.map((id) => {
      const stream = benchStream(id);
      return { id, name: stream.name as string, description: JSON.stringify(stream), fingerprint: fingerprint(stream), connector: stream.connector as string, owner: stream.owner as string, created_at: now - 400 * DAY, updated_at: now - 400 * DAY };
    });
    await db.insertInto('streams').values(rows).execute();
  }
}

async function insertReviews(db: RegistryDb, streams: number, reviews: number, now: number): Promise<void> {
  const reviewed = streams - Math.floor(streams / 10);
  const base = Math.floor(reviews / reviewed);
  // The reviewed streams among the first `extraUpTo` ids get one review more, so the total is exact.
  const extra = reviews - base * reviewed;
  const extraUpTo = extra + Math.floor(extra / 9);
  const verdicts = sql.join(VERDICTS.map((verdict, k) => sql`(${sql.lit(k)}, ${sql.lit(verdict)}, ${sql.lit(rulesJson(verdict))})`));
  // Numbers inline: PostgreSQL would type bare parameters in this arithmetic as 32-bit integers.
  await sql`
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${sql.lit(base)}),
    v(k, verdict, rules) AS (VALUES ${verdicts})
    INSERT INTO reviews (stream_id, fingerprint, verdict, "by", via, at, description, rules)
    SELECT s.id, CASE WHEN s.id % 7 = 0 THEN 'an older description' ELSE s.fingerprint END, v.verdict,
           'U' || (s.id % 97), 'slack', ${sql.lit(now)} - ((s.id * 13 + n.i * 17) % 200 + CASE WHEN s.id % 11 = 0 THEN 120 ELSE 0 END) * ${sql.lit(DAY)} - n.i,
           s.description, v.rules
    FROM streams s CROSS JOIN n JOIN v ON v.k = (s.id + n.i) % 6
    WHERE s.id % 10 <> 0 AND (n.i < ${sql.lit(base)} OR s.id <= ${sql.lit(extraUpTo)})`.execute(db);
}
