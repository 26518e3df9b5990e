import { InputError } from '../errors.js';
import type { RegistryDb } from './registry-db.js';

export interface Snooze {
  /** The stream is left out of the digest until this moment. */
  until: Date;
  reason: string;
  by: string;
  at?: Date;
}

/** Leaves a known stream out of the digest until `until`; the reason and the person are kept. */
export async function snoozeStream(db: RegistryDb, name: string, snooze: Snooze): Promise<void> {
  const reason = snooze.reason.trim();
  const by = snooze.by.trim();
  if (reason === '' || by === '') throw new InputError('A snooze needs a reason and who snoozed it.');
  const at = (snooze.at ?? new Date()).getTime();
  if (snooze.until.getTime() <= at) throw new InputError('A snooze must end in the future.', [{ path: 'until', message: 'is not after now' }]);
  // Streams are never deleted: one found here is there for the insert.
  const stream = await db.selectFrom('streams').select('id').where('name', '=', name).executeTakeFirst();
  if (!stream) throw new InputError(`No stream named "${name}" in the registry.`);
  await db.insertInto('snoozes').values({ stream_id: stream.id, until: snooze.until.getTime(), reason, by, created_at: at }).execute();
}
