import { recordReview } from '../../registry/record-review.js';
import { withRegistry, type RegistrySession } from '../../registry/registry-session.js';
import { defaultReviewer } from '../../registry/reviewer.js';
import { inWriteTransaction } from '../../registry/transactions.js';
import { fromFirst } from '../../review/input/read-streams.js';
import type { CliIo } from '../io.js';
import { reviewAll, type Recorder, type ReviewRun } from './review.js';

/**
 * Stores each piece's reviews in one write transaction (do-not-ship reviews too: failing is a
 * state worth knowing), which on SQLite takes the write lock first, so a writer in another
 * process is waited for rather than failing a transaction that started as a read.
 */
function recorder(session: RegistrySession, by: string, counted: { recorded: number }): Recorder {
  return async (streams, results) => {
    await inWriteTransaction(session.db, async (trx) => {
      for (const [i, stream] of streams.entries()) await recordReview(trx, stream, results[i]!, { by, via: 'cli' });
    });
    counted.recorded += streams.length;
  };
}

/** `review --record`: reviews as `review` does, and stores each piece's reviews as it goes. */
export async function reviewAndRecord(io: CliIo, run: ReviewRun, by: string | undefined): Promise<boolean> {
  // Nothing to record (a file whose first 16 KB have only bad entries, or a syntax error) never opens the registry.
  const batches = await fromFirst(run.batches, (batch) => batch.streams.length > 0);
  return withRegistry(io, async (session) => {
    const reviewer = by ?? defaultReviewer(session.env);
    const counted = { recorded: 0 };
    try {
      return await reviewAll(io, { ...run, batches, record: recorder(session, reviewer, counted) });
    } finally {
      if (counted.recorded > 0) io.stderr.write(`Recorded ${counted.recorded} review${counted.recorded === 1 ? '' : 's'} by ${reviewer} in ${session.config.label}.\n`);
    }
  });
}
