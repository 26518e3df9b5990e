import { sql } from 'kysely';
import type { Engine, RegistryDb } from './registry-db.js';

/** The tables whose `id` the database numbers. */
const NUMBERED = ['streams', 'reviews', 'snoozes', 'questions', 'org_syncs'] as const;

/**
 * After rows were written with their own ids (a copy), the next id each table hands out is one
 * past its largest. SQLite always takes the largest rowid plus one; PostgreSQL's identity
 * sequences must be moved on.
 */
export async function restartIdentities(db: RegistryDb, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return;
  for (const table of NUMBERED) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), coalesce(max(id), 0) + 1, false) FROM ${sql.table(table)}`.execute(db);
  }
}
