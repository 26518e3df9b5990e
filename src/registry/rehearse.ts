import type { RegistryDb } from './open-registry.js';

/** Carries a rehearsal's result out of the transaction it rolls back. */
class Rehearsal<T> extends Error {
  constructor(readonly value: T) {
    super('rehearsal rolled back');
  }
}

/**
 * Runs `work` in one write transaction. With `rehearse`, the transaction is rolled back at the
 * end: the result is exactly what the writes would have made (a dry run), and nothing is kept.
 */
export function writeOrRehearse<T>(db: RegistryDb, rehearse: boolean, work: () => T): T {
  const run = db.transaction((): T => {
    const value = work();
    // better-sqlite3 rolls a transaction back only when its function throws.
    if (rehearse) throw new Rehearsal(value);
    return value;
  });
  try {
    return run.immediate();
  } catch (error) {
    if (error instanceof Rehearsal) return error.value as T;
    throw error;
  }
}
