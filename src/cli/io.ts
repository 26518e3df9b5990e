import { Writable } from 'node:stream';
import type { Env } from '../config/load-env.js';

export interface TextSink {
  write(text: string): unknown;
  /** A stream's: `write` returned false, and this says when to go on. */
  once?(event: 'drain', listener: () => void): unknown;
}

/** Writes `text`, waiting while the sink's buffer is full (a pipe read more slowly than the advisor writes). */
export async function writeOut(sink: TextSink, text: string): Promise<void> {
  if (text === '') return;
  if (sink.write(text) !== false || !sink.once) return;
  await new Promise<void>((resolve) => sink.once!('drain', resolve));
}

const utf8 = new TextDecoder();

/** Writes UTF-8 bytes: a stream (the process's output) takes them as they are; any other sink gets their text. */
export async function writeBytes(sink: TextSink, bytes: Uint8Array): Promise<void> {
  if (bytes.length === 0) return;
  if (!(sink instanceof Writable)) return writeOut(sink, utf8.decode(bytes));
  if (sink.write(bytes)) return;
  await new Promise<void>((resolve) => sink.once('drain', resolve));
}

// Joined text is written in parts of about this many characters: a string of more than 128 KB
// lives in V8's large-object space, which only a full garbage collection frees, so joining a
// piece's whole output at once cost more than reviewing it.
const WRITE_PART = 32 * 1024;

/** Writes many texts, a few joined into each write. */
export async function writeAll(sink: TextSink, texts: readonly string[]): Promise<void> {
  let part: string[] = [];
  let length = 0;
  for (const text of texts) {
    part.push(text);
    length += text.length;
    if (length < WRITE_PART) continue;
    await writeOut(sink, part.join(''));
    part = [];
    length = 0;
  }
  await writeOut(sink, part.join(''));
}

/** Everything a command touches of the outside world, so tests can run commands in-process. */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  stdin: AsyncIterable<string | Buffer>;
  env: Env;
  cwd: string;
}

export const EXIT_OK = 0;
/** The command ran and found problems where that is its job (`review` → `do-not-ship`). */
export const EXIT_FINDINGS = 1;
/** Bad input or configuration; the message says what and how to fix it. */
export const EXIT_BAD_INPUT = 2;
/** A bug: something that should never happen did. */
export const EXIT_INTERNAL = 70;
/** Whoever read standard output closed it before the command had written everything. */
const EXIT_STOPPED_BY_READER = 141;

export function processIo(): CliIo {
  // A reader that stops early (`review … | head`) closes the pipe: stop quietly, as `cat` would,
  // not with a stack trace, and with the status of a process that SIGPIPE stopped (128 + 13).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT_STOPPED_BY_READER);
  });
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
