import { pieceDescriptions } from '../review/parallel/piece-descriptions.js';
import { prepareStream, type PreparedStream } from './streams.js';

/** A piece of a list made ready for the registry by a worker. */
export interface PreparedPiece {
  entries: number;
  streams: PreparedStream[];
}

/**
 * Validates one piece of a list and works out what the registry stores of each description
 * (its JSON and fingerprint): a worker thread's share of a large import. Null for a piece that
 * needs the reader in order (see `pieceDescriptions`).
 */
export function preparePiece(text: string): PreparedPiece | null {
  const streams = pieceDescriptions(text);
  return streams && { entries: streams.length, streams: streams.map(prepareStream) };
}
