import { InputError } from '../errors.js';
import type { RegistryDb } from './open-registry.js';
import { statement } from './statements.js';

export interface Snooze {
  /** The stream is left out of the digest until this moment. */
  until: Date;
  reason: string;
  by: string;
  at?: Date;
}

/** Leaves a known stream out of the digest until `until`; the reason and the person are kept. */
export function snoozeStream(db: RegistryDb, name: string, snooze: Snooze): void {
  const reason = snooze.reason.trim();
  const by = snooze.by.trim();
  if (reason === '' || by === '') throw new InputError('A snooze needs a reason and who snoozed it.');
  const at = (snooze.at ?? new Date()).getTime();
  if (snooze.until.getTime() <= at) throw new InputError('A snooze must end in the future.', [{ path: 'until', message: 'is not after now' }]);
  const write = db.transaction(() => {
    const stream = statement(db, 'SELECT id FROM streams WHERE name = ?').get(name) as { id: number } | undefined;
    if (!stream) throw new InputError(`No stream named "${name}" in the registry.`);
    statement(db, 'INSERT INTO snoozes (stream_id, until, reason, by, created_at) VALUES (?, ?, ?, ?, ?)').run(stream.id, snooze.until.getTime(), reason, by, at);
  });
  write.immediate();
}
