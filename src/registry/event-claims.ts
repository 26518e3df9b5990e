import type { RegistryDb } from './registry-db.js';

/**
 * Exactly-once handling of chat deliveries that may arrive more than once (Slack redelivers an
 * event up to three times, possibly while the first delivery is still being answered, and to
 * whichever instance the load balancer picks). A delivery is claimed before it is answered and
 * marked done after; a failed answer gives the claim back, and a claim whose holder died goes
 * stale after its lease, so a redelivery of an event that was never answered is still answered.
 */
export type EventClaim =
  | { kind: 'claimed'; token: string; retry: boolean }
  /** Answered already. */
  | { kind: 'done' }
  /** Another delivery holds an unexpired claim: it is being answered right now. */
  | { kind: 'busy' };

/**
 * Claims a delivery. Each step is one atomic statement (a new row; taking over a stale claim),
 * so of two deliveries racing in two processes or instances, exactly one gets it.
 */
export async function claimEvent(db: RegistryDb, key: string, token: string, now: number, leaseMs: number): Promise<EventClaim> {
  for (;;) {
    const inserted = await db
      .insertInto('chat_events')
      .values({ event_key: key, state: 'claimed', claim_token: token, claimed_at: now })
      .onConflict((conflict) => conflict.column('event_key').doNothing())
      .returning('event_key')
      .executeTakeFirst();
    if (inserted) return { kind: 'claimed', token, retry: false };
    const taken = await db
      .updateTable('chat_events')
      .set((eb) => ({ claim_token: token, claimed_at: now, attempts: eb('attempts', '+', 1) }))
      .where('event_key', '=', key)
      .where('state', '=', 'claimed')
      .where('claimed_at', '<=', now - leaseMs)
      .returning('event_key')
      .executeTakeFirst();
    if (taken) return { kind: 'claimed', token, retry: true };
    const row = await db.selectFrom('chat_events').select(['state', 'claimed_at']).where('event_key', '=', key).executeTakeFirst();
    if (row?.state === 'done') return { kind: 'done' };
    if (row && row.claimed_at + leaseMs > now) return { kind: 'busy' };
    // Released (or gone stale) between the statements: try again.
  }
}

/** Marks an answered delivery done; false when the claim was taken over meanwhile. */
export async function completeEvent(db: RegistryDb, key: string, token: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('chat_events')
    .set({ state: 'done', done_at: now })
    .where('event_key', '=', key)
    .where('claim_token', '=', token)
    .where('state', '=', 'claimed')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Gives a claim back after a failed answer, so the next redelivery answers it at once. */
export async function releaseEvent(db: RegistryDb, key: string, token: string): Promise<void> {
  await db.deleteFrom('chat_events').where('event_key', '=', key).where('claim_token', '=', token).where('state', '=', 'claimed').execute();
}

/** Forgets deliveries claimed before `before`: Slack stops redelivering within the hour. */
export async function pruneEvents(db: RegistryDb, before: number): Promise<number> {
  const result = await db.deleteFrom('chat_events').where('claimed_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
