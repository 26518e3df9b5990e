import type { RegistryDb } from './open-registry.js';
import { statement } from './statements.js';

/**
 * The record that makes the digest go out once per day per destination. A row is claimed
 * (with a token and a lease) before sending and completed after; `empty` marks a day that
 * had nothing to post; `failed` is a released claim that the next run may take again.
 */
export type PostState = 'claimed' | 'sent' | 'empty' | 'failed';

export interface PostKey {
  /** The local date in DIGEST_TZ, `YYYY-MM-DD`. */
  day: string;
  destination: string;
}

export type ClaimResult =
  /** `recovering`: an earlier attempt may have posted, so look for its message before sending. */
  | { kind: 'claimed'; recovering: boolean }
  | { kind: 'done'; state: 'sent' | 'empty'; messageRef: string | null }
  /** Another process holds an unexpired claim. */
  | { kind: 'busy'; leaseEndsAt: number };

interface PostRow {
  state: PostState;
  claimed_at: number | null;
  attempts: number;
  message_ref: string | null;
}

export function claimPost(db: RegistryDb, key: PostKey, token: string, now: number, leaseMs: number): ClaimResult {
  const claim = db.transaction((): ClaimResult => {
    const row = findPostRow(db, key);
    if (!row) {
      statement(db, "INSERT INTO digest_posts (day, destination, state, claim_token, claimed_at) VALUES (?, ?, 'claimed', ?, ?)").run(key.day, key.destination, token, now);
      return { kind: 'claimed', recovering: false };
    }
    if (row.state === 'sent' || row.state === 'empty') return { kind: 'done', state: row.state, messageRef: row.message_ref };
    const leaseEndsAt = (row.claimed_at ?? 0) + leaseMs;
    if (row.state === 'claimed' && leaseEndsAt > now) return { kind: 'busy', leaseEndsAt };
    statement(db, "UPDATE digest_posts SET state = 'claimed', claim_token = ?, claimed_at = ? WHERE day = ? AND destination = ?").run(token, now, key.day, key.destination);
    return { kind: 'claimed', recovering: row.state === 'claimed' || row.attempts > 0 };
  });
  return claim.immediate();
}

/** Extends the lease before a send attempt and counts it; false when another process took the claim over. */
export function renewClaim(db: RegistryDb, key: PostKey, token: string, now: number): boolean {
  const info = statement(
    db,
    "UPDATE digest_posts SET claimed_at = ?, attempts = attempts + 1 WHERE day = ? AND destination = ? AND claim_token = ? AND state = 'claimed'",
  ).run(now, key.day, key.destination, token);
  return info.changes === 1;
}

export function completePost(db: RegistryDb, key: PostKey, token: string, outcome: { state: 'sent' | 'empty'; messageRef: string | null; now: number }): boolean {
  const info = statement(
    db,
    "UPDATE digest_posts SET state = ?, message_ref = ?, sent_at = ?, last_error = NULL WHERE day = ? AND destination = ? AND claim_token = ? AND state = 'claimed'",
  ).run(outcome.state, outcome.messageRef, outcome.now, key.day, key.destination, token);
  return info.changes === 1;
}

/** Gives a claim up after errors, so that the next run can take it (and first look for a message). */
export function releaseClaim(db: RegistryDb, key: PostKey, token: string, error: string): void {
  statement(db, "UPDATE digest_posts SET state = 'failed', last_error = ? WHERE day = ? AND destination = ? AND claim_token = ? AND state = 'claimed'").run(
    error,
    key.day,
    key.destination,
    token,
  );
}

export interface PostRecord {
  state: PostState;
  attempts: number;
  messageRef: string | null;
}

export function postRecord(db: RegistryDb, key: PostKey): PostRecord | null {
  const row = findPostRow(db, key);
  return row ? { state: row.state, attempts: row.attempts, messageRef: row.message_ref } : null;
}

function findPostRow(db: RegistryDb, key: PostKey): PostRow | undefined {
  return statement(db, 'SELECT state, claimed_at, attempts, message_ref FROM digest_posts WHERE day = ? AND destination = ?').get(key.day, key.destination) as PostRow | undefined;
}
