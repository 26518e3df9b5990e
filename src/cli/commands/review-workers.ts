import type { Env } from '../../config/load-env.js';
import type { ReviewFormatter } from '../../review/formatters/formatter.js';
import type { ReviewedPiece } from '../../review/parallel/review-piece.js';
import type { Policy } from '../../review/policy/policy.js';
import { VERDICTS, type Verdict } from '../../review/types.js';
import { takeAll } from '../../parallel/read-in-parallel.js';
import { fileInWorkers } from '../file-workers.js';
import { writeBytes, type CliIo } from '../io.js';

export interface WorkersReview {
  file: string;
  formatter: ReviewFormatter;
  policy: Policy | undefined;
  now: Date;
}

/** How far the workers got through a file's reviews. */
export interface ParallelReview {
  /** Streams reviewed and written, from the file's first. */
  written: number;
  complete: boolean;
  /** The worst verdict written, or null for none. */
  worst: Verdict | null;
}

/**
 * Reviews a list file in worker threads when the format allows it (each review's text stands
 * alone) and workers apply (see `fileInWorkers`), writing the reviews in the file's order.
 * Null when they do not apply.
 */
export async function reviewInWorkers({ file, formatter, policy, now }: WorkersReview, io: CliIo, env: Env): Promise<ParallelReview | null> {
  if (!formatter.independent) return null;
  const outcomes = await fileInWorkers<ReviewedPiece>(file, { task: 'review', format: formatter.name, policy, now: now.getTime() }, io, env);
  if (!outcomes) return null;
  let worst = -1;
  const read = await takeAll(outcomes, async (piece) => {
    await writeBytes(io.stdout, piece.bytes);
    worst = Math.max(worst, VERDICTS.indexOf(piece.worst));
    return true;
  });
  return { written: read.taken, complete: read.complete, worst: worst < 0 ? null : VERDICTS[worst]! };
}
