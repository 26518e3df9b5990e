import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

/** The lines of an input stream, one at a time, without holding the whole input. */
export async function* readLines(input: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const stream = input instanceof Readable ? input : Readable.from(input);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

/** The whole input as text; bytes are joined before decoding so a character split across chunks survives. */
export async function readAll(input: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
