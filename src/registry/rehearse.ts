import type { RegistryDb } from './registry-db.js';

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
export async function writeOrRehearse<T>(db: RegistryDb, rehearse: boolean, work: (trx: RegistryDb) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(async (trx) => {
      const value = await work(trx);
      // A transaction is rolled back only when its function throws.
      if (rehearse) throw new Rehearsal(value);
      return value;
    });
  } catch (error) {
    if (error instanceof Rehearsal) return error.value as T;
    throw error;
  }
}
