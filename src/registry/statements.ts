import type { Statement } from 'better-sqlite3';
import type { RegistryDb } from './open-registry.js';

const cache = new WeakMap<RegistryDb, Map<string, Statement>>();

/** A prepared statement, prepared once per connection: imports run the same SQL 100,000 times. */
export function statement(db: RegistryDb, sql: string): Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let prepared = byText.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    byText.set(sql, prepared);
  }
  return prepared;
}
