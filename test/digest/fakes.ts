import { pino, type Logger } from 'pino';
import type { DigestDestination } from '../../src/digest/destination.js';
import type { Digest } from '../../src/digest/model.js';

/** A destination that keeps its "channel" in memory; queued failures are thrown by the next sends. */
export class FakeDestination implements DigestDestination {
  readonly channel: Array<{ day: string; ref: string; unchecked: number }> = [];
  readonly failures: Array<{ error: unknown; landed?: boolean }> = [];
  sends = 0;
  finds = 0;

  constructor(readonly id: string) {}

  async send(digest: Digest, day: string): Promise<string> {
    this.sends += 1;
    const failure = this.failures.shift();
    if (failure && !failure.landed) throw failure.error;
    const ref = `${this.id}/${this.channel.length + 1}`;
    this.channel.push({ day, ref, unchecked: digest.unchecked });
    if (failure) throw failure.error;
    return ref;
  }

  async findPosted(day: string): Promise<string | null> {
    this.finds += 1;
    return this.channel.find((message) => message.day === day)?.ref ?? null;
  }
}

export interface CapturedLog {
  logger: Logger;
  entries: Array<Record<string, unknown>>;
}

export function capturedLogger(): CapturedLog {
  const entries: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => entries.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, entries };
}

export function digestOf(unchecked: number): Digest {
  return { asOf: new Date('2026-11-25T09:00:00Z'), timeZone: 'UTC', total: 10, unchecked, snoozed: 0, groups: [], more: 0 };
}
