import { CompiledQuery } from 'kysely';
import type { DescribedStream } from './described-stream.js';
import type { RegistryDb } from './registry-db.js';
import { prepareStream, storedPrints, type PreparedStream, type StoredPrint, type StreamChange } from './streams.js';
import { inWriteTransaction, ROWS_PER_INSERT } from './transactions.js';
import { WriteBehind } from './write-behind.js';

export type ImportSummary = Record<StreamChange, number> & { total: number };

type StreamRow = PreparedStream & { created_at: number; updated_at: number };

// The order of a row's values in the statement: `upsertSql` checks Kysely agrees.
const COLUMNS = ['name', 'description', 'fingerprint', 'connector', 'owner', 'created_at', 'updated_at'] as const;

/** One multi-row upsert: a name already stored gets the new description, keeping its id and creation time. */
function upsertByName(trx: RegistryDb, rows: StreamRow[]) {
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
    );
}

const valuesOf = (rows: readonly StreamRow[]): unknown[] => rows.flatMap((row) => COLUMNS.map((column) => row[column]));

/**
 * The SQL of a full batch's upsert, built by Kysely once per import and reused with each full
 * batch's values: building the statement cost about as much as running it. Null if Kysely's
 * values come in another order than `COLUMNS` (then every batch is built).
 */
function upsertSql(trx: RegistryDb, rows: StreamRow[]): string | null {
  const compiled = upsertByName(trx, rows).compile();
  const values = valuesOf(rows);
  const same = compiled.parameters.length === values.length && compiled.parameters.every((value, i) => value === values[i]);
  return same ? compiled.sql : null;
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
 * before the import are kept (to compare fingerprints), each dropped once used. Rows are
 * written 500 to a multi-row upsert, not a statement per stream: a round trip per stream
 * would be most of an import's time on a database across a network.
 */
export class StreamImport {
  private readonly summary: ImportSummary = { total: 0, new: 0, changed: 0, unchanged: 0 };
  /** Names written earlier in this import with their fingerprint, when the caller has not ruled repeats out. */
  private readonly written: Map<string, string> | null;
  private readonly writes = new WriteBehind();
  /** Rows not yet written, by name: a name twice is written once, as its last description. */
  private pending = new Map<string, StreamRow>();
  /** A full batch's upsert, once built (see `upsertSql`); undefined until then. */
  private fullBatchSql: string | null | undefined;

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

  /** Adds streams whose JSON and fingerprint are worked out already, written a full batch at a time. */
  async addPrepared(streams: readonly PreparedStream[]): Promise<void> {
    for (const stream of streams) {
      const change = this.changeOf(stream.name, stream.fingerprint);
      this.summary.total += 1;
      this.summary[change] += 1;
      if (change !== 'unchanged') this.pending.set(stream.name, { name: stream.name, description: stream.description, fingerprint: stream.fingerprint, connector: stream.connector, owner: stream.owner, created_at: this.at, updated_at: this.at });
      if (this.pending.size >= ROWS_PER_INSERT) await this.flush();
    }
  }

  /** What the import did, once its last rows are written. */
  async result(): Promise<ImportSummary> {
    if (this.pending.size > 0) await this.flush();
    await this.writes.drain();
    return { ...this.summary };
  }

  private async flush(): Promise<void> {
    const rows = [...this.pending.values()];
    this.pending = new Map();
    if (rows.length === ROWS_PER_INSERT && this.fullBatchSql === undefined) this.fullBatchSql = upsertSql(this.trx, rows);
    const sql = rows.length === ROWS_PER_INSERT ? this.fullBatchSql : null;
    await this.writes.write(() => (sql ? this.trx.executeQuery(CompiledQuery.raw(sql, valuesOf(rows))) : upsertByName(this.trx, rows).execute()));
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
