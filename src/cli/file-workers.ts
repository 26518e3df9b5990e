import { availableParallelism } from 'node:os';
import { inputConfig } from '../config/input-config.js';
import type { Env } from '../config/load-env.js';
import { PieceWorkers } from '../parallel/piece-workers.js';
import { readInParallel } from '../parallel/read-in-parallel.js';
import type { PieceOutcome, WorkerSetup } from '../parallel/tasks.js';
import type { CliIo } from './io.js';
import { openTextSource } from './read-source.js';

// Below this, starting threads costs more than they save.
const AUTO_MIN_BYTES = 16 * 1024 * 1024;
// Past these, the one thread that reads the file and takes the outcomes is the bottleneck, and
// each further worker only adds its memory (50 MB or so): a review's thread only writes what
// the workers made, an import's writes every row to the database itself.
const MAX_AUTO_WORKERS: Record<WorkerSetup['task'], number> = { review: 4, import: 1 };

/**
 * Worker threads for a task on a file of `size` bytes: INGEST_ADVISOR_WORKERS, or by default
 * some for a large file on a machine with cores to spare.
 */
export function workerCount(task: WorkerSetup['task'], configured: number | undefined, size: number): number {
  if (configured !== undefined) return configured;
  const cores = availableParallelism();
  return size >= AUTO_MIN_BYTES && cores > 1 ? Math.min(cores, MAX_AUTO_WORKERS[task]) : 0;
}

/**
 * The outcomes of a list file's pieces, done by worker threads in the file's order (see
 * `readInParallel`), when the file is large enough or INGEST_ADVISOR_WORKERS asks for them; null
 * when workers do not apply (and for standard input, which cannot be read a second time by the
 * reader in order). The threads stop when the outcomes end or are stopped with `return()`.
 */
export async function fileInWorkers<Outcome extends PieceOutcome>(file: string, setup: WorkerSetup, io: CliIo, env: Env): Promise<AsyncGenerator<Outcome, boolean> | null> {
  if (file === '-') return null;
  const config = inputConfig(env);
  const source = await openTextSource(file, io, config.maxFileBytes);
  const count = workerCount(setup.task, config.workers, source.size ?? 0);
  if (count === 0) return null;
  return (async function* () {
    const workers = new PieceWorkers<Outcome>(count, setup);
    try {
      return yield* readInParallel(source.chunks, workers, count);
    } finally {
      await workers.close();
    }
  })();
}
