import type { ReviewWriter } from '../formatters/formatter.js';
import { reviewStream } from '../engine.js';
import type { Policy } from '../policy/policy.js';
import type { Verdict } from '../types.js';
import { VERDICTS } from '../types.js';
import { pieceDescriptions } from './piece-descriptions.js';

/** A piece of a list reviewed by a worker. */
export interface ReviewedPiece {
  /** Entries in the piece, every one a good description, reviewed in order. */
  entries: number;
  /** The writer's text for each review, as UTF-8, in order. */
  bytes: Uint8Array;
  worst: Verdict;
}

export interface PieceReview {
  policy: Policy | undefined;
  now: Date;
  writer: ReviewWriter;
}

/** Text written as UTF-8 into a buffer that grows, one transferable ArrayBuffer (no joined string). */
class ByteWriter {
  private buffer: Buffer;
  length = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafeSlow(capacity);
  }

  write(text: string): void {
    if (this.length + text.length * 3 > this.buffer.length) {
      const larger = Buffer.allocUnsafeSlow(2 * this.buffer.length + text.length * 3);
      this.buffer.copy(larger, 0, 0, this.length);
      this.buffer = larger;
    }
    this.length += this.buffer.write(text, this.length);
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.buffer.buffer, 0, this.length);
  }
}

/**
 * Reviews one piece of a list (see `ListCutter`) whose entries are all good descriptions, and
 * writes each review as UTF-8: a worker thread's share of a large file. Null for any other
 * piece (see `pieceDescriptions`), which is read in order, where its problems are found and
 * reported with each entry's place in the file, exactly as without workers.
 */
export function reviewPiece(text: string, { policy, now, writer }: PieceReview): ReviewedPiece | null {
  const streams = pieceDescriptions(text);
  if (!streams) return null;
  const out = new ByteWriter(streams.length * 4096);
  let worst = 0;
  for (const stream of streams) {
    const result = reviewStream(stream, { policy, now });
    worst = Math.max(worst, VERDICTS.indexOf(result.verdict));
    out.write(writer.result(result));
  }
  return { entries: streams.length, bytes: out.bytes(), worst: VERDICTS[worst]! };
}
