import { InputError } from '../../errors.js';
import { cutPieces, ListCutter, type TextPiece } from './list-cutter.js';
import { loadPiece } from './load-piece.js';

/** The top-level entries of one piece of a stream file. */
export interface EntryBatch {
  entries: unknown[];
  /** The index in the file's list of `entries[0]`. */
  firstIndex: number;
  /** Whether the file is a list (a single description is one entry of a file that is not). */
  list: boolean;
  /** The piece has aliases, so an entry may expand far beyond its text (see `AliasBound`). */
  aliases: boolean;
}

function entriesOf(value: unknown, piece: TextPiece): unknown[] {
  if (piece.kind === 'document') return Array.isArray(value) ? value : [value];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`A piece of a list parsed to ${typeof value}, not a list.`);
  return value;
}

/**
 * The entries of a YAML or JSON stream file, a piece at a time (see `ListCutter`): memory
 * follows the size of a piece, not of the file (unless the file has a syntax error or an
 * anchor, after which the rest is read whole). A syntax error stops the reading with the
 * file's line and column; the entries before it have been given out already.
 */
export async function* readEntries(chunks: AsyncIterable<string>, source: string, minPiece?: number): AsyncGenerator<EntryBatch> {
  const cutter = new ListCutter(minPiece);
  let count = 0;
  let list = false;
  for await (const piece of cutPieces(chunks, cutter)) {
    const loaded = loadPiece(piece.text, piece, source);
    // A piece that does not parse may have been cut in the wrong place: the rest of the file is
    // then parsed whole with it, and a real error is found there, at its place in the file.
    if (!loaded.ok && !piece.last) {
      cutter.rejoin();
      continue;
    }
    if (!loaded.ok) throw loaded.error;
    if (piece.kind === 'document' && (loaded.value === null || loaded.value === undefined)) {
      throw new InputError(`${source} is empty: write one stream description, or a list of them.`, [{ path: '', message: 'empty input' }]);
    }
    list = piece.kind === 'list' || Array.isArray(loaded.value);
    const entries = entriesOf(loaded.value, piece);
    if (entries.length > 0) yield { entries, firstIndex: count, list, aliases: piece.text.includes('*') };
    count += entries.length;
  }
  if (count === 0 && list) throw new InputError(`${source} holds an empty list: there is no stream to review.`, [{ path: '', message: 'empty list' }]);
}
