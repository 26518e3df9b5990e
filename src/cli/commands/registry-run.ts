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
import { usage } from './registry.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-args.js';

/** `registry`, loaded when it runs. */
export const run: Command['run'] = async (args, io) => {
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
};

const OPTIONS = { from: { type: 'string' }, to: { type: 'string' }, replace: { type: 'boolean' }, json: { type: 'boolean' } } as const;

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
