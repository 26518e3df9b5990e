import type { Env } from '../config/load-env.js';

export interface TextSink {
  write(text: string): unknown;
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

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
