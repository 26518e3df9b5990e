import type { RegistryDb } from './open-registry.js';
import type { DescribedStream } from './described-stream.js';
import { storedPrints, upsertStream, type StoredPrint, type StreamChange } from './streams.js';

export type ImportSummary = Record<StreamChange, number> & { total: number };

export interface ImportOptions {
  at?: Date;
  /** The caller has checked that no name comes twice (a file read a piece at a time): no name is kept. */
  uniqueNames?: boolean;
}

/**
 * An import under way: one write transaction from the first stream to `commit`, so a crash,
 * an error or `rollback` part-way leaves the registry exactly as it was. Streams are added as
 * a file is read, so a large file is never held whole, and neither are its names: only the
 * streams stored before the import are kept (to compare fingerprints), each dropped once used.
 */
export class StreamImport {
  private readonly summary: ImportSummary = { total: 0, new: 0, changed: 0, unchanged: 0 };
  private readonly stored: Map<string, StoredPrint>;
  private readonly at: number;
  private readonly uniqueNames: boolean;
  private open = true;

  constructor(
    private readonly db: RegistryDb,
    options: ImportOptions = {},
  ) {
    this.at = (options.at ?? new Date()).getTime();
    this.uniqueNames = options.uniqueNames ?? false;
    db.exec('BEGIN IMMEDIATE');
    try {
      this.stored = storedPrints(db);
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  add(streams: readonly DescribedStream[]): void {
    try {
      for (const stream of streams) {
        const known = this.stored.get(stream.name);
        if (known) this.stored.delete(stream.name);
        // A name not stored before is new, unless it came earlier in this import: `undefined` looks it up.
        const upserted = upsertStream(this.db, stream, this.at, known ?? (this.uniqueNames ? null : undefined));
        this.summary.total += 1;
        this.summary[upserted.change] += 1;
      }
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  commit(): ImportSummary {
    this.db.exec('COMMIT');
    this.open = false;
    return { ...this.summary };
  }

  /** Writes nothing of the import; safe to call more than once. */
  rollback(): void {
    if (this.open && this.db.inTransaction) this.db.exec('ROLLBACK');
    this.open = false;
  }
}

/** Adds or updates every stream in one write transaction (see `StreamImport`). */
export function importStreams(db: RegistryDb, streams: readonly DescribedStream[], at: Date = new Date()): ImportSummary {
  const run = new StreamImport(db, { at });
  run.add(streams);
  return run.commit();
}
