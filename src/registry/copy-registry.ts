import { RegistryError } from '../errors.js';
import { restartIdentities } from './identities.js';
import type { Registry, RegistryDb } from './registry-db.js';
import { TABLES, type RegistrySchema } from './schema.js';
import { ROWS_PER_INSERT } from './transactions.js';
import { WriteBehind } from './write-behind.js';

type Table = keyof RegistrySchema;
export type TableCounts = Record<Table, number>;

export interface CopyOptions {
  /** Empty the target's registry first (in the same transaction) instead of refusing a non-empty one. */
  replace: boolean;
}

/**
 * Copies every row of every table from one registry into another, all or nothing: one read
 * snapshot of the source, one transaction on the target, which is rolled back unless every
 * table holds exactly the source's rows. Rows keep their ids, so every reference stays true.
 */
export async function copyRegistry(source: Registry, target: Registry, options: CopyOptions): Promise<TableCounts> {
  return source.db
    .transaction()
    .setAccessMode('read only')
    .execute((from) =>
      target.db.transaction().execute(async (to) => {
        const before = await counts(to);
        if (!options.replace && Object.values(before).some((n) => n > 0)) throw notEmpty(target.where, before);
        if (options.replace) for (const table of [...TABLES].reverse()) await to.deleteFrom(table).execute();
        const copied = {} as TableCounts;
        for (const table of TABLES) copied[table] = await copyTable(from, to, table);
        await restartIdentities(to, target.engine);
        await verify(from, to);
        return copied;
      }),
    );
}

/** Streams the source's rows into multi-row inserts, so neither side holds a whole table. */
async function copyTable(from: RegistryDb, to: RegistryDb, table: Table): Promise<number> {
  const writes = new WriteBehind();
  let batch: Array<Record<string, unknown>> = [];
  let copied = 0;
  const flush = async () => {
    const rows = batch;
    if (rows.length > 0) await writes.write(() => to.insertInto(table).values(rows as never).execute());
    copied += rows.length;
    batch = [];
  };
  for await (const row of from.selectFrom(table).selectAll().stream()) {
    batch.push(row as Record<string, unknown>);
    if (batch.length === ROWS_PER_INSERT) await flush();
  }
  await flush();
  await writes.drain();
  return copied;
}

async function counts(db: RegistryDb): Promise<TableCounts> {
  const result = {} as TableCounts;
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table as 'streams')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}

/** Every table of the target holds as many rows as the source's (checked before the commit). */
async function verify(from: RegistryDb, to: RegistryDb): Promise<void> {
  const [expected, found] = [await counts(from), await counts(to)];
  const wrong = TABLES.filter((table) => expected[table] !== found[table]);
  if (wrong.length > 0) {
    throw new RegistryError(`The copy does not match its source (${wrong.map((t) => `${t}: ${found[t]} of ${expected[t]}`).join(', ')}); nothing was copied.`);
  }
}

/** `streams 1,204; reviews 5,873; …`: each table's rows (with `onlyHeld`, only tables that have some). */
export function describeCounts(counts: TableCounts, onlyHeld = false): string {
  return TABLES.filter((table) => !onlyHeld || counts[table] > 0)
    .map((table) => `${table} ${counts[table].toLocaleString('en')}`)
    .join('; ');
}

function notEmpty(where: string, found: TableCounts): RegistryError {
  return new RegistryError(
    `The target ${where} already holds a registry (${describeCounts(found, true)}); nothing was copied. ` +
      'Copy into a new, empty database, or add --replace to replace everything it holds with the source.',
  );
}
