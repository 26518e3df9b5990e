import { loadPiece } from '../input/load-piece.js';
import { isMapping } from '../input/read-streams.js';
import { parseStreamDescription } from '../schema.js';
import type { StreamDescription } from '../stream-description.js';

function validated(entries: readonly unknown[]): StreamDescription[] | null {
  const streams: StreamDescription[] = [];
  for (const entry of entries) {
    try {
      streams.push(parseStreamDescription(entry));
    } catch {
      return null;
    }
  }
  return streams;
}

/**
 * The descriptions of one piece of a list (see `ListCutter`), when every entry is a good one;
 * null when anything in it needs the reader in order: a bad entry (whose message names its
 * index in the file, which only that reader knows), an alias (which may expand past any bound,
 * see `AliasBound`), a syntax error, or a piece that is not a list.
 */
export function pieceDescriptions(text: string): StreamDescription[] | null {
  if (text.includes('*')) return null;
  const loaded = loadPiece(text, { line: 1, column: 0, prefix: 0 }, 'piece');
  if (!loaded.ok || !Array.isArray(loaded.value) || loaded.value.length === 0 || !loaded.value.every(isMapping)) return null;
  return validated(loaded.value);
}
