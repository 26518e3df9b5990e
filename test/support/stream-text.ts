import { InputError } from '../../src/errors.js';
import { readStreams, type ReadStreamsOptions } from '../../src/review/input/read-streams.js';
import type { StreamDescription } from '../../src/review/stream-description.js';

/** A text as a stream file arrives: in chunks of `chunk` characters. */
export async function* chunksOf(text: string, chunk = 64 * 1024): AsyncGenerator<string> {
  for (let at = 0; at < text.length || at === 0; at += chunk) yield text.slice(at, at + chunk);
}

/** Every good description of a stream file's text; the file's problems are thrown as `readStreams` throws them. */
export async function readStreamText(text: string, source = 'streams.yaml', options: ReadStreamsOptions & { chunk?: number } = {}): Promise<{ streams: StreamDescription[]; isList: boolean }> {
  const streams: StreamDescription[] = [];
  let isList = false;
  for await (const batch of readStreams(chunksOf(text, options.chunk), source, options)) {
    streams.push(...batch.streams);
    isList = batch.list;
  }
  return { streams, isList };
}

/** The InputError that reading `text` throws. */
export async function inputErrorOf(text: string, source = 'streams.yaml', options: ReadStreamsOptions & { chunk?: number } = {}): Promise<InputError> {
  try {
    await readStreamText(text, source, options);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}
