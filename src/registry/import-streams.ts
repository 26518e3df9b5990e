import type { DescribedStream } from './described-stream.js';
import type { RegistryDb } from './registry-db.js';
import { prepareStream, storedPrints, type PreparedStream, type StoredPrint, type StreamChange } from './streams.js';
import { chunks, inWriteTransaction } from './transactions.js';
import { WriteBehind } from './write-behind.js';

export type ImportSummary = Record<StreamChange, number> & { total: number };

type StreamRow = PreparedStream & { created_at: number; updated_at: number };

/** One multi-row upsert: a name already stored gets the new description, keeping its id and creation time. */
function upsertByName(trx: RegistryDb, rows: StreamRow[]): Promise<unknown> {
  return trx
    .insertInto('streams')
    .values(rows)
    .onConflict((conflict) =>
      conflict.column('name').doUpdateSet((eb) => ({
        description: eb.ref('excluded.description'),
        fingerprint: eb.ref('excluded.fingerprint'),
        connector: eb.ref('excluded.connector'),
        owner: eb.ref('excluded.owner'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

export interface ImportOptions {
  at?: Date;
  /** The caller has checked that no name comes twice (a file read a piece at a time): no name is kept. */
  uniqueNames?: boolean;
}

/**
 * An import under way, inside the caller's one write transaction (`trx`), so a crash, an error
 * or a rollback part-way leaves the registry exactly as it was. Streams are added as a file is
 * read, so a large file is never held whole, and neither are its names: only the streams stored
 * before the import are kept (to compare fingerprints), each dropped once used. Each piece is
 * written with a few multi-row upserts, not a statement per stream: a round trip per stream
 * would be most of an import's time on a database across a network.
 */
export class StreamImport {
  private readonly summary: ImportSummary = { total: 0, new: 0, changed: 0, unchanged: 0 };
  /** Names written earlier in this import with their fingerprint, when the caller has not ruled repeats out. */
  private readonly written: Map<string, string> | null;
  private readonly writes = new WriteBehind();

  private constructor(
    private readonly trx: RegistryDb,
    private readonly stored: Map<string, StoredPrint>,
    private readonly at: number,
    uniqueNames: boolean,
  ) {
    this.written = uniqueNames ? null : new Map();
  }

  static async begin(trx: RegistryDb, options: ImportOptions = {}): Promise<StreamImport> {
    return new StreamImport(trx, await storedPrints(trx), (options.at ?? new Date()).getTime(), options.uniqueNames ?? false);
  }

  add(streams: readonly DescribedStream[]): Promise<void> {
    return this.addPrepared(streams.map(prepareStream));
  }

  /** Adds streams whose JSON and fingerprint are worked out already. */
  async addPrepared(streams: readonly PreparedStream[]): Promise<void> {
    for (const slice of chunks(streams)) {
      // By name: a name twice in one slice is written once, as its last description.
      const rows = new Map<string, StreamRow>();
      for (const stream of slice) {
        const change = this.changeOf(stream.name, stream.fingerprint);
        this.summary.total += 1;
        this.summary[change] += 1;
        if (change !== 'unchanged') rows.set(stream.name, { ...stream, created_at: this.at, updated_at: this.at });
      }
      if (rows.size > 0) await this.writes.write(() => upsertByName(this.trx, [...rows.values()]));
    }
  }

  /** What the import did, once its last piece is written. */
  async result(): Promise<ImportSummary> {
    await this.writes.drain();
    return { ...this.summary };
  }

  private changeOf(name: string, print: string): StreamChange {
    const known = this.stored.get(name);
    if (known) this.stored.delete(name);
    const before = known?.fingerprint ?? this.written?.get(name);
    this.written?.set(name, print);
    if (before === undefined) return 'new';
    return before === print ? 'unchanged' : 'changed';
  }
}

/** Adds or updates every stream in one write transaction (see `StreamImport`). */
export async function importStreams(db: RegistryDb, streams: readonly DescribedStream[], at: Date = new Date()): Promise<ImportSummary> {
  return inWriteTransaction(db, async (trx) => {
    const run = await StreamImport.begin(trx, { at });
    await run.add(streams);
    return await run.result();
  });
}
