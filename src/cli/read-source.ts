import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { TextDecoder } from 'node:util';
import { MAX_FILE_VARIABLE, megabytes } from '../config/input-config.js';
import { InputError } from '../errors.js';
import type { CliIo } from './io.js';

/** An input file (or standard input) as text, a chunk at a time. */
export interface TextSource {
  /** How messages name it: the path as given, or "standard input". */
  name: string;
  chunks: AsyncIterable<string>;
  /** A file's size in bytes when it was opened (none for standard input). */
  size?: number;
}

// Below V8's 128 KB threshold for large objects: a string past it is allocated and freed at a
// cost that, paid for every chunk, was most of the time spent cutting a file into pieces.
const CHUNK_BYTES = 64 * 1024;

/** How messages name an input given as `file`: the path as given, or "standard input" for `-`. */
export function sourceName(file: string): string {
  return file === '-' ? 'standard input' : file;
}

function tooLarge(name: string, size: string, maxBytes: number): InputError {
  const limit = `over the ${megabytes(maxBytes)} limit on input files`;
  return new InputError(`${name} is ${size}, ${limit}; set ${MAX_FILE_VARIABLE} to a larger number of megabytes to read it.`, [{ path: 'file', message: limit }]);
}

function unreadable(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
  return new InputError(`Cannot read ${file}: ${reason}.`, [{ path: 'file', message: reason }]);
}

/**
 * Bytes decoded as UTF-8 as they arrive (a character split across chunks survives), counted
 * against the limit: a file that grows while it is read, or a pipe, is refused at the limit.
 */
async function* decode(bytes: AsyncIterable<Buffer | string>, name: string, maxBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let read = 0;
  for await (const chunk of bytes) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    read += buffer.length;
    if (read > maxBytes) throw tooLarge(name, `more than ${megabytes(maxBytes)}`, maxBytes);
    yield decodeChunk(decoder, buffer, name, read);
  }
  yield decodeChunk(decoder, undefined, name, read);
}

function decodeChunk(decoder: TextDecoder, buffer: Buffer | undefined, name: string, read: number): string {
  try {
    return buffer ? decoder.decode(buffer, { stream: true }) : decoder.decode();
  } catch {
    const where = buffer ? `in bytes ${(read - buffer.length + 1).toLocaleString('en')} to ${read.toLocaleString('en')}` : 'at its end';
    throw new InputError(`${name} is not UTF-8 text (an invalid byte sequence ${where}); save it as UTF-8.`, [{ path: 'file', message: 'not UTF-8' }]);
  }
}

async function* readFileChunks(path: string, file: string): AsyncGenerator<Buffer> {
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw unreadable(file, error);
  } finally {
    stream.destroy();
  }
}

/** `FILE`, or standard input for `-`, refused when larger than `maxBytes`. */
export async function openTextSource(file: string, io: CliIo, maxBytes: number): Promise<TextSource> {
  if (file === '-') return { name: sourceName(file), chunks: decode(io.stdin, sourceName(file), maxBytes) };
  const path = resolve(io.cwd, file);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    size = info.size;
  } catch (error) {
    throw unreadable(file, error);
  }
  if (size > maxBytes) throw tooLarge(file, megabytes(size), maxBytes);
  return { name: file, chunks: decode(readFileChunks(path, file), file, maxBytes), size };
}
