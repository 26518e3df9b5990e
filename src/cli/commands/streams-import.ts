import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inputConfig } from '../../config/input-config.js';
import { readEnv, type Env } from '../../config/load-env.js';
import { InputError, isAdvisorError, type AdvisorError } from '../../errors.js';
import { takeAll } from '../../parallel/read-in-parallel.js';
import { StreamImport, type ImportSummary } from '../../registry/import-streams.js';
import type { PreparedPiece } from '../../registry/prepare-piece.js';
import type { RegistryDb } from '../../registry/registry-db.js';
import { withRegistry } from '../../registry/registry-session.js';
import { inWriteTransaction } from '../../registry/transactions.js';
import { uniqueNames } from '../../registry/unique-names.js';
import { fromFirst, readStreams, type StreamBatch } from '../../review/input/read-streams.js';
import { fileInWorkers } from '../file-workers.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { openTextSource, sourceName } from '../read-source.js';
import { runMetadataImport } from './streams-metadata.js';

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/** `streams import FILE|DIR`: a stream file (or a metadata folder), all or nothing. */
export async function runImport(file: string, io: CliIo, json: boolean): Promise<number> {
  if (file !== '-' && (await isDirectory(resolve(io.cwd, file)))) return runMetadataImport(file, io, json);
  try {
    const env = readEnv(io.cwd, io.env);
    const summary = (await importInWorkers(file, io, env)) ?? (await importInOrder(file, io, env));
    const name = sourceName(file);
    const line = `Imported ${summary.total} stream${summary.total === 1 ? '' : 's'} from ${name}: ${summary.new} new, ${summary.changed} changed, ${summary.unchanged} unchanged.`;
    io.stdout.write(json ? `${JSON.stringify({ source: name, ...summary })}\n` : `${line}\n`);
    return EXIT_OK;
  } catch (error) {
    if (isAdvisorError(error) && error.code === 'input') throw nothingImported(error);
    throw error;
  }
}

/** The file's streams read in order, from the start, checked for names given twice. */
async function streamsInOrder(file: string, io: CliIo, env: Env): Promise<AsyncIterable<StreamBatch>> {
  const source = await openTextSource(file, io, inputConfig(env).maxFileBytes);
  return readStreams(source.chunks, source.name, { check: uniqueNames() });
}

/**
 * Adds each clean piece as it is read (a bad entry anywhere fails the import, and its one
 * transaction rolls everything back); the first `skip` streams were added already.
 */
async function addInOrder(run: StreamImport, batches: AsyncIterable<StreamBatch>, skip = 0): Promise<void> {
  let left = skip;
  for await (const batch of batches) {
    if (!batch.clean) continue;
    const streams = left > 0 ? batch.streams.slice(left) : batch.streams;
    left -= batch.streams.length - streams.length;
    await run.add(streams);
  }
}

function importAll(db: RegistryDb, add: (run: StreamImport) => Promise<void>): Promise<ImportSummary> {
  return inWriteTransaction(db, async (trx) => {
    const run = await StreamImport.begin(trx, { uniqueNames: true });
    await add(run);
    return await run.result();
  });
}

async function importInOrder(file: string, io: CliIo, env: Env): Promise<ImportSummary> {
  // A file whose first piece (all of a file under 16 KB) has a problem never opens, or creates, the registry.
  const batches = await fromFirst(await streamsInOrder(file, io, env), (batch) => batch.clean);
  return withRegistry(io, ({ db }) => importAll(db, (run) => addInOrder(run, batches)));
}

/**
 * A large file's import with worker threads validating and fingerprinting its pieces while this
 * thread writes them (see `fileInWorkers`); null when workers do not apply, or the first piece
 * must be read in order (the registry is then not opened by this). Where the workers stop (a
 * bad entry, a name given twice), the file is read again in order from the start, inside the
 * same transaction, adding what they did not, and reporting problems as without workers.
 */
async function importInWorkers(file: string, io: CliIo, env: Env): Promise<ImportSummary | null> {
  const outcomes = await fileInWorkers<PreparedPiece>(file, { task: 'import' }, io, env);
  const first = await outcomes?.next();
  if (!outcomes || !first || first.done) return null;
  const names = new Set<string>();
  const take = (run: StreamImport) => async (piece: PreparedPiece): Promise<boolean> => {
    for (const { name } of piece.streams) {
      if (names.has(name)) return false;
      names.add(name);
    }
    await run.addPrepared(piece.streams);
    return true;
  };
  try {
    return await withRegistry(io, ({ db }) =>
      importAll(db, async (run) => {
        const tookFirst = await take(run)(first.value);
        const rest = tookFirst ? await takeAll(outcomes, take(run)) : { taken: 0, complete: false };
        const added = tookFirst ? first.value.entries + rest.taken : 0;
        if (!rest.complete) await addInOrder(run, await streamsInOrder(file, io, env), added);
      }),
    );
  } finally {
    // Stops the threads wherever the import stopped (a registry that would not open, a failed write).
    await outcomes.return(false);
  }
}

/** The input error with "Nothing was imported." after its first line (a syntax error's snippet follows it). */
function nothingImported(error: AdvisorError): InputError {
  const [headline, ...snippet] = error.message.split('\n');
  return new InputError([`${headline} Nothing was imported.`, ...snippet].join('\n'), error.issues, error.more);
}
