import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

/** The lines of an input stream, one at a time, without holding the whole input. */
export async function* readLines(input: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const stream = input instanceof Readable ? input : Readable.from(input);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}
