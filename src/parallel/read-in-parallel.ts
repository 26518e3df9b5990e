import { cutPieces, ListCutter } from '../review/input/list-cutter.js';
import type { PieceWorkers } from './piece-workers.js';
import type { PieceOutcome } from './tasks.js';

// Pieces out at once per worker: enough to keep each busy while the caller takes outcomes, few
// enough that memory stays a few pieces per worker, whatever the file's length.
const AHEAD_PER_WORKER = 3;
// Larger than the reader's pieces: a worker's round trip costs about as much as a few entries.
const PIECE_CHARACTERS = 64 * 1024;
// A piece this long holds a huge entry, or the rest of a file the cutter stopped cutting (an
// anchor): read in order, as without workers, rather than copied whole into a worker.
const MAX_PIECE_CHARACTERS = 1024 * 1024;

/**
 * Cuts a list file into pieces, has `workers` do them several at once, and gives out the
 * outcomes in the file's order. It ends at the first piece that is not a list of good
 * descriptions (a bad entry, an alias, a syntax error, a file that is not a list) or is too long
 * to copy into a worker, returning false: the reader in order then takes over from there, so
 * every problem is found and reported exactly as without workers. It returns true when it did
 * the whole file. A consumer may stop early too (a name given twice), with `return()`.
 */
export async function* readInParallel<Outcome extends PieceOutcome>(chunks: AsyncIterable<string>, workers: PieceWorkers<Outcome>, count: number): AsyncGenerator<Outcome, boolean> {
  const ahead: Promise<Outcome | null>[] = [];
  for await (const piece of cutPieces(chunks, new ListCutter(PIECE_CHARACTERS))) {
    if (piece.kind !== 'list' || piece.text.length > MAX_PIECE_CHARACTERS) return false;
    const outcome = workers.run(piece.text);
    // Given out in order below; a worker that fails must not count as unhandled meanwhile.
    outcome.catch(() => undefined);
    ahead.push(outcome);
    if (ahead.length < count * AHEAD_PER_WORKER) continue;
    const oldest = await ahead.shift()!;
    if (!oldest) return false;
    yield oldest;
  }
  for (let oldest = await ahead.shift(); oldest !== undefined; oldest = await ahead.shift()) {
    if (!oldest) return false;
    yield oldest;
  }
  return true;
}

/** How far a consumer got through the outcomes of `readInParallel`. */
export interface ParallelRead {
  /** Entries taken, from the file's first: every one a good description. */
  taken: number;
  /** The whole file was done; otherwise the reader in order goes on after `taken` entries. */
  complete: boolean;
}

/** Gives each outcome to `take` until the end or until `take` refuses one (then stops the reading). */
export async function takeAll<Outcome extends PieceOutcome>(outcomes: AsyncGenerator<Outcome, boolean>, take: (outcome: Outcome) => Promise<boolean>): Promise<ParallelRead> {
  let taken = 0;
  try {
    for (let step = await outcomes.next(); ; step = await outcomes.next()) {
      if (step.done) return { taken, complete: step.value };
      if (!(await take(step.value))) return { taken, complete: false };
      taken += step.value.entries;
    }
  } finally {
    await outcomes.return(false);
  }
}
