import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { databaseUrlSchema, redactUrl } from '../../config/database-url.js';
import { readEnv } from '../../config/load-env.js';
import { DEFAULT_DB_PATH } from '../../config/registry-config.js';
import { InputError, isAdvisorError, RegistryError } from '../../errors.js';
import { copyRegistry, describeCounts, type TableCounts } from '../../registry/copy-registry.js';
import { openRegistry } from '../../registry/open-registry.js';
import type { Registry } from '../../registry/registry-db.js';
import type { Command } from '../command.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-args.js';

const usage = `Usage:
  ingest-advisor registry copy [--from SQLITE_FILE] [--to DATABASE_URL] [--replace] [--json]
      copy a SQLite registry into PostgreSQL, all or nothing, to run several instances on it

Options:
  --from SQLITE_FILE   the registry file to copy (default: INGEST_ADVISOR_DB, ./data/advisor.db); it is
                       upgraded to this version's schema first, as any command would
  --to DATABASE_URL    the PostgreSQL database to copy it into, postgres://USER:PASSWORD@HOST:5432/DATABASE
                       (default: DATABASE_URL, so the password need not be typed on the command line)
  --replace            replace a registry the database already holds (refused without it)
  --json               {"from", "to", "tables": {"streams": N, …}}

Every row of every table is copied, ids kept, in one transaction on the target, checked table by
table before it commits: a failure part-way leaves the database as it was. Stop the instances
that write to the file first, so that nothing written meanwhile is left behind.

Examples:
  ingest-advisor registry copy --from data/advisor.db --to postgres://advisor@db.internal:5432/advisor
  DATABASE_URL=postgres://… ingest-advisor registry copy --from data/advisor.db`;

const OPTIONS = { from: { type: 'string' }, to: { type: 'string' }, replace: { type: 'boolean' }, json: { type: 'boolean' } } as const;

export const registryCommand: Command = {
  name: 'registry',
  summary: 'the registry itself: copy a SQLite registry into PostgreSQL',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, usage);
    if (positionals[0] !== 'copy' || positionals.length > 1) {
      throw new InputError(`${positionals.length === 0 ? 'registry needs an action: copy.' : `Unknown action "${positionals.join(' ')}": use copy.`}\n\n${usage}`);
    }
    const { from, to } = endpoints(values.from, values.to, io);
    const started = Date.now();
    const tables = await withBoth(from, to, (source, target) => copyRegistry(source, target, { replace: values.replace === true }));
    const shownTo = redactUrl(to);
    io.stdout.write(values.json ? `${JSON.stringify({ from, to: shownTo, tables })}\n` : summary(from, shownTo, tables, Date.now() - started));
    return EXIT_OK;
  },
};

/** The file to copy (which must exist: a mistyped path must not copy a new, empty registry) and the URL to copy it to. */
function endpoints(fromOption: string | undefined, toOption: string | undefined, io: CliIo): { from: string; to: string } {
  const env = readEnv(io.cwd, io.env);
  const from = resolve(io.cwd, fromOption ?? (env.INGEST_ADVISOR_DB?.trim() || DEFAULT_DB_PATH));
  if (!existsSync(from)) {
    throw new InputError(`--from: no registry file at ${from}. Give the SQLite file to copy (INGEST_ADVISOR_DB of the instance that wrote it).`, [{ path: 'from', message: 'no such file' }]);
  }
  const to = toOption ?? env.DATABASE_URL?.trim();
  if (!to) throw new InputError(`registry copy needs --to DATABASE_URL (or DATABASE_URL set): the PostgreSQL database to copy the registry into.\n\n${usage}`, [{ path: 'to', message: 'is missing' }]);
  const parsed = databaseUrlSchema.safeParse(to);
  if (!parsed.success) throw new InputError(`--to ${JSON.stringify(redactUrl(to))}: ${parsed.error.issues[0]!.message}.`, [{ path: 'to', message: 'is not a PostgreSQL URL' }]);
  return { from, to };
}

async function withBoth<T>(from: string, to: string, use: (source: Registry, target: Registry) => Promise<T>): Promise<T> {
  const source = await openRegistry(from);
  try {
    const target = await openRegistry({ engine: 'postgres', url: to });
    try {
      return await use(source, target);
    } catch (error) {
      if (isAdvisorError(error)) throw error;
      throw new RegistryError(`The copy into ${target.where} failed: ${error instanceof Error ? error.message : String(error)}. Nothing was copied.`);
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

function summary(from: string, to: string, tables: TableCounts, ms: number): string {
  return `Copied the registry ${from} into ${to} in ${(ms / 1000).toFixed(1)} s (rows: ${describeCounts(tables)}).\nPoint every instance at it with DATABASE_URL.\n`;
}
