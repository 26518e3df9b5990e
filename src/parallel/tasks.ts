import { preparePiece, type PreparedPiece } from '../registry/prepare-piece.js';
import { findFormatter } from '../review/formatters/index.js';
import { reviewPiece, type ReviewedPiece } from '../review/parallel/review-piece.js';
import type { Policy } from '../review/policy/policy.js';

/** What a worker thread is started to do with each piece of a list, and its settings. */
export type WorkerSetup =
  | {
      task: 'review';
      format: string;
      policy: Policy | undefined;
      /** Milliseconds since the epoch: the moment every review is judged at. */
      now: number;
    }
  | { task: 'import' };

/** A piece of a list done by a worker: its entries, and what was made of them. */
export type PieceOutcome = ReviewedPiece | PreparedPiece;

/** The work on one piece, in a worker: an outcome, or null for a piece to be read in order. */
export function pieceTask(setup: WorkerSetup): (text: string) => PieceOutcome | null {
  if (setup.task === 'import') return preparePiece;
  const formatter = findFormatter(setup.format);
  if (!formatter) throw new Error(`No formatter named ${setup.format}.`);
  const review = { policy: setup.policy, now: new Date(setup.now), writer: formatter.writer() };
  return (text) => reviewPiece(text, review);
}
