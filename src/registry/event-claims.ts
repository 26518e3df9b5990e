import type { RegistryDb } from './open-registry.js';
import { statement } from './statements.js';

/**
 * Exactly-once handling of chat deliveries that may arrive more than once (Slack redelivers an
 * event up to three times, possibly while the first delivery is still being answered).
 * A delivery is claimed before it is answered and marked done after; a failed answer gives the
 * claim back, and a claim whose holder died goes stale after its lease, so a redelivery of an
 * event that was never answered is still answered.
 */
export type EventClaim =
  | { kind: 'claimed'; token: string; retry: boolean }
  /** Answered already. */
  | { kind: 'done' }
  /** Another delivery holds an unexpired claim: it is being answered right now. */
  | { kind: 'busy' };

interface ClaimRow {
  state: 'claimed' | 'done';
  claimed_at: number;
}

export function claimEvent(db: RegistryDb, key: string, token: string, now: number, leaseMs: number): EventClaim {
  const claim = db.transaction((): EventClaim => {
    const row = statement(db, 'SELECT state, claimed_at FROM chat_events WHERE event_key = ?').get(key) as ClaimRow | undefined;
    if (!row) {
      statement(db, "INSERT INTO chat_events (event_key, state, claim_token, claimed_at) VALUES (?, 'claimed', ?, ?)").run(key, token, now);
      return { kind: 'claimed', token, retry: false };
    }
    if (row.state === 'done') return { kind: 'done' };
    if (row.claimed_at + leaseMs > now) return { kind: 'busy' };
    statement(db, 'UPDATE chat_events SET claim_token = ?, claimed_at = ?, attempts = attempts + 1 WHERE event_key = ?').run(token, now, key);
    return { kind: 'claimed', token, retry: true };
  });
  // IMMEDIATE: two deliveries racing in two processes must not both see "no row".
  return claim.immediate();
}

/** Marks an answered delivery done; false when the claim was taken over meanwhile. */
export function completeEvent(db: RegistryDb, key: string, token: string, now: number): boolean {
  const info = statement(db, "UPDATE chat_events SET state = 'done', done_at = ? WHERE event_key = ? AND claim_token = ? AND state = 'claimed'").run(now, key, token);
  return info.changes === 1;
}

/** Gives a claim back after a failed answer, so the next redelivery answers it at once. */
export function releaseEvent(db: RegistryDb, key: string, token: string): void {
  statement(db, "DELETE FROM chat_events WHERE event_key = ? AND claim_token = ? AND state = 'claimed'").run(key, token);
}

/** Forgets deliveries claimed before `before`: Slack stops redelivering within the hour. */
export function pruneEvents(db: RegistryDb, before: number): number {
  return statement(db, 'DELETE FROM chat_events WHERE claimed_at < ?').run(before).changes;
}
