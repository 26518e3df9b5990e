import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

let fileDatabase: Promise<string> | null = null;

const name = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;

/** The URL of `database` on the run's server, with other connection options in `query`. */
function urlOf(database: string, query = ''): string {
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${database}`;
  url.search = query;
  return url.toString();
}

async function administer(statement: string, database = 'postgres'): Promise<void> {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A database of this test file's own on the run's server, made on first use. */
export function testFileDatabase(): Promise<string> {
  fileDatabase ??= (async () => {
    const database = name('test');
    await administer(`CREATE DATABASE ${database}`);
    return database;
  })();
  return fileDatabase;
}

/** A new, empty database, as a deployment's `DATABASE_URL` names one. */
export async function freshDatabaseUrl(): Promise<string> {
  const database = name('db');
  await administer(`CREATE DATABASE ${database}`);
  return urlOf(database);
}

/**
 * A new, empty schema in this file's database, reached through the URL alone (its search_path):
 * a fresh registry for one test at the cost of a CREATE SCHEMA, not a CREATE DATABASE.
 */
export async function freshSchemaUrl(): Promise<string> {
  const database = await testFileDatabase();
  const schema = name('s');
  await administer(`CREATE SCHEMA ${schema}`, database);
  return urlOf(database, `?options=${encodeURIComponent(`-c search_path=${schema}`)}`);
}
