import { InputError, isAdvisorError, type AdvisorError, type InputIssue } from '../../errors.js';
import { parseStreamDescription } from '../schema.js';
import type { StreamDescription } from '../stream-description.js';
import { AliasBound } from './alias-bound.js';
import { ProblemLog, entryLabel } from './problem-log.js';
import { readEntries } from './read-entries.js';

/** The good descriptions of one piece of a stream file. */
export interface StreamBatch {
  streams: StreamDescription[];
  /** Whether the file is a list; output mirrors it. */
  list: boolean;
  /** No entry so far had a problem: an all-or-nothing consumer (an import) still needs these. */
  clean: boolean;
}

/** A check across entries (e.g. names given twice): a problem with entry `index`, or null. */
export type EntryCheck = (stream: StreamDescription, index: number) => InputIssue | null;

export interface ReadStreamsOptions {
  check?: EntryCheck;
  /** Characters per piece (tests make it small to cut often). */
  minPiece?: number;
}

/** A YAML mapping (a JSON object): what a stream description must be. */
export const isMapping = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One entry's description or its problems; null for a bad entry not worth describing (the
 * log shows no more, and it is not even a mapping: the message would cost more than the check).
 */
function parseEntry(value: unknown, path: readonly number[], aliases: AliasBound | null, log: ProblemLog): StreamDescription | AdvisorError | null {
  const aliased = aliases?.problem(value);
  const where = path.length > 0 ? `[${path[0]}]` : '';
  if (aliased) return new InputError(`The stream description ${aliased}; write its values out.`, [{ path: where, message: `${where} ${aliased}; write its values out.`.trim() }]);
  if (!isMapping(value) && !log.showsMore) return null;
  try {
    return parseStreamDescription(value, path);
  } catch (error) {
    if (!isAdvisorError(error)) throw error;
    return error;
  }
}

/**
 * Reads on to the first batch that `wanted` accepts, and gives it back with the batches after
 * it: a command can open what it writes to (the registry) only once there is something to
 * write, so a file with a problem at its start (all of a small file) never opens it. A file's
 * problems are thrown as `readStreams` throws them.
 */
export async function fromFirst(batches: AsyncIterable<StreamBatch>, wanted: (batch: StreamBatch) => boolean): Promise<AsyncIterable<StreamBatch>> {
  const iterator = batches[Symbol.asyncIterator]();
  let step = await iterator.next();
  while (!step.done && !wanted(step.value)) step = await iterator.next();
  const first = step;
  return (async function* () {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
}

/**
 * The stream descriptions of a YAML or JSON file, validated a piece at a time as the file is
 * read. Good ones are given out at once; every problem (bad entries, and `check`'s) is
 * collected on the way, bounded (`ProblemLog`), and thrown as one error when the file ends.
 * A file holding one description is refused with its own problems straight away.
 */
export async function* readStreams(chunks: AsyncIterable<string>, source: string, options: ReadStreamsOptions = {}): AsyncGenerator<StreamBatch> {
  const log = new ProblemLog();
  let total = 0;
  for await (const { entries, firstIndex, list, aliases } of readEntries(chunks, source, options.minPiece)) {
    const streams: StreamDescription[] = [];
    const bound = aliases ? new AliasBound() : null;
    entries.forEach((value, offset) => {
      const index = firstIndex + offset;
      const parsed = parseEntry(value, list ? [index] : [], bound, log);
      if (parsed === null) return log.count(1);
      if (isAdvisorError(parsed)) {
        if (!list) throw new InputError(`${source}: ${parsed.message}`, parsed.issues);
        return log.add(entryLabel(index, value), parsed.issues);
      }
      const problem = options.check?.(parsed, index) ?? null;
      if (problem) log.add(entryLabel(index, value), [problem]);
      else streams.push(parsed);
    });
    total = firstIndex + entries.length;
    yield { streams, list, clean: log.badEntries === 0 };
  }
  if (log.badEntries > 0) throw log.error(source, total);
}
