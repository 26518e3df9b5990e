import { describe, expect, it } from 'vitest';
import { PieceWorkers } from '../../src/parallel/piece-workers.js';
import { readInParallel, takeAll } from '../../src/parallel/read-in-parallel.js';
import type { PieceOutcome, WorkerSetup } from '../../src/parallel/tasks.js';
import type { PreparedPiece } from '../../src/registry/prepare-piece.js';
import { prepareStream } from '../../src/registry/streams.js';
import { reviewStream } from '../../src/review/engine.js';
import { jsonFormatter } from '../../src/review/formatters/json.js';
import type { ReviewedPiece } from '../../src/review/parallel/review-piece.js';
import { parseStreamDescription } from '../../src/review/schema.js';
import { benchStream } from '../bench/review-bench.js';
import { yamlList } from '../support/yaml-list.js';

const now = new Date('2026-12-01T00:00:00Z');
const streams = Array.from({ length: 1_200 }, (_, i) => benchStream(i));
const utf8 = new TextDecoder();

async function* chunksOf(text: string, size = 50_000): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** Reads `text` with two worker threads doing `setup`'s task, keeping every outcome taken. */
async function read<Outcome extends PieceOutcome>(text: string, setup: WorkerSetup, take: (outcome: Outcome) => boolean = () => true) {
  const workers = new PieceWorkers<Outcome>(2, setup);
  const outcomes: Outcome[] = [];
  try {
    const done = await takeAll(readInParallel<Outcome>(chunksOf(text), workers, 2), async (outcome) => take(outcome) && outcomes.push(outcome) > 0);
    return { ...done, outcomes };
  } finally {
    await workers.close();
  }
}

const reviewSetup: WorkerSetup = { task: 'review', format: 'json', policy: undefined, now: now.getTime() };
const reviewed = (list: readonly Record<string, unknown>[]): string => list.map((stream) => jsonFormatter.writer().result(reviewStream(parseStreamDescription(stream), { now }))).join('');

describe('readInParallel and takeAll', () => {
  it('reviews a whole list in two worker threads, giving the reviews in the file\'s order', async () => {
    const done = await read<ReviewedPiece>(yamlList(streams), reviewSetup);
    expect(done).toMatchObject({ taken: 1_200, complete: true });
    expect(done.outcomes.length).toBeGreaterThan(2);
    expect(done.outcomes.map((piece) => utf8.decode(piece.bytes)).join('')).toBe(reviewed(streams));
  });

  it('stops before the piece with a bad entry, having given only the good entries before it', async () => {
    const done = await read<ReviewedPiece>(yamlList(streams.map((s, i) => (i === 900 ? { ...s, connector: 's4' } : s))), reviewSetup);
    expect(done.complete).toBe(false);
    expect(done.taken).toBeGreaterThan(0);
    expect(done.taken).toBeLessThanOrEqual(900);
    expect(done.outcomes.map((piece) => utf8.decode(piece.bytes)).join('')).toBe(reviewed(streams.slice(0, done.taken)));
  });

  it('prepares an import: each description\'s JSON and fingerprint, as the registry stores them', async () => {
    const done = await read<PreparedPiece>(JSON.stringify(streams, null, 2), { task: 'import' });
    expect(done).toMatchObject({ taken: 1_200, complete: true });
    expect(done.outcomes.flatMap((piece) => piece.streams)).toEqual(streams.map((stream) => prepareStream(parseStreamDescription(stream))));
  });

  it('stops where the caller refuses a piece', async () => {
    let pieces = 0;
    const done = await read<PreparedPiece>(yamlList(streams), { task: 'import' }, () => ++pieces < 2);
    expect(done.complete).toBe(false);
    expect(done.taken).toBe(done.outcomes[0]!.entries);
  });
});
