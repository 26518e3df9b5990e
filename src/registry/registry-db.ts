import type { Kysely } from 'kysely';
import type { RegistrySchema } from './schema.js';

/**
 * What every registry query runs on: the query builder, or a transaction of it. The same
 * queries serve SQLite and PostgreSQL; only opening, migrating and locking know the engine.
 */
export type RegistryDb = Kysely<RegistrySchema>;

export type Engine = 'sqlite' | 'postgres';

/** Where the registry is: an embedded SQLite file (one instance), or a PostgreSQL database (several). */
export type RegistryLocation = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

/** A job that only one instance may run at a time. */
export type ExclusiveJob = 'schedule';

/** An open registry. */
export interface Registry {
  readonly db: RegistryDb;
  readonly engine: Engine;
  /** For messages: the file, or the database URL without its password. */
  readonly where: string;
  /**
   * Runs `work` unless another instance is running `job` right now (PostgreSQL: an advisory lock,
   * released by the server if this process dies), and resolves to its value; to null when another
   * runs it. On SQLite, one instance, it always runs.
   */
  exclusively<T>(job: ExclusiveJob, work: () => Promise<T>): Promise<{ value: T } | null>;
  close(): Promise<void>;
}
