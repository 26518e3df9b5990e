import { inputConfig } from '../../config/input-config.js';
import type { Env } from '../../config/load-env.js';
import { InputError } from '../../errors.js';
import { parseInlineWords } from '../../review/input/inline.js';
import { readStreams, type StreamBatch } from '../../review/input/read-streams.js';
import type { CliIo } from '../io.js';
import { openTextSource } from '../read-source.js';

async function* inline(words: readonly string[]): AsyncGenerator<StreamBatch> {
  yield { streams: [parseInlineWords(words)], list: false, clean: true };
}

/**
 * The streams to review, a piece of the file at a time: from `--file FILE` (`-` for standard
 * input) or from `key=value` words, never both. A file's problems are thrown after its last
 * good stream has been given out.
 */
export async function readReviewInput(file: string | undefined, words: readonly string[], io: CliIo, env: Env, usage: string): Promise<AsyncIterable<StreamBatch>> {
  if (file !== undefined && words.length > 0) {
    throw new InputError(`Give the stream either with --file or as key=value words, not both.\n\n${usage}`);
  }
  if (file === undefined) {
    if (words.length === 0) throw new InputError(`review needs a stream: --file FILE, --file - for standard input, or key=value words.\n\n${usage}`);
    return inline(words);
  }
  const source = await openTextSource(file, io, inputConfig(env).maxFileBytes);
  return readStreams(source.chunks, source.name);
}
