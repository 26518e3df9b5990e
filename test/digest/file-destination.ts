import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { DigestDestination } from '../../src/digest/destination.js';
import type { Digest } from '../../src/digest/model.js';

/** A destination whose channel is a file (one JSON line per message), shared between processes. */
export class FileDestination implements DigestDestination {
  readonly id = 'file:channel';

  constructor(
    private readonly file: string,
    private readonly beforeSend: () => Promise<void> = async () => undefined,
    private readonly afterSend: () => void = () => undefined,
  ) {}

  async send(digest: Digest, day: string): Promise<string> {
    await this.beforeSend();
    const ref = `msg-${process.pid}`;
    appendFileSync(this.file, `${JSON.stringify({ day, ref, unchecked: digest.unchecked })}\n`);
    this.afterSend();
    return ref;
  }

  async findPosted(day: string): Promise<string | null> {
    return messages(this.file).find((m) => m.day === day)?.ref ?? null;
  }
}

export function messages(file: string): Array<{ day: string; ref: string }> {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { day: string; ref: string });
}
