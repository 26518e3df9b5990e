import type { RegistryDb } from './registry-db.js';

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

/**
 * Claims the day for a destination. Each step is one atomic statement (a new row, or taking over
 * a released or expired claim), so of any number of processes and instances trying at once on
 * either engine, exactly one gets it. A taken-over claim is always a recovery: a released one
 * has been tried, and an expired one's holder may have posted before it died.
 */
export async function claimPost(db: RegistryDb, key: PostKey, token: string, now: number, leaseMs: number): Promise<ClaimResult> {
  for (;;) {
    const inserted = await db
      .insertInto('digest_posts')
      .values({ day: key.day, destination: key.destination, state: 'claimed', claim_token: token, claimed_at: now })
      .onConflict((conflict) => conflict.columns(['day', 'destination']).doNothing())
      .returning('day')
      .executeTakeFirst();
    if (inserted) return { kind: 'claimed', recovering: false };
    const taken = await db
      .updateTable('digest_posts')
      .set({ state: 'claimed', claim_token: token, claimed_at: now })
      .where('day', '=', key.day)
      .where('destination', '=', key.destination)
      .where((eb) => eb.or([eb('state', '=', 'failed'), eb.and([eb('state', '=', 'claimed'), eb(eb.fn.coalesce('claimed_at', eb.lit(0)), '<=', now - leaseMs)])]))
      .returning('day')
      .executeTakeFirst();
    if (taken) return { kind: 'claimed', recovering: true };
    const row = await findPostRow(db, key);
    if (row?.state === 'sent' || row?.state === 'empty') return { kind: 'done', state: row.state, messageRef: row.message_ref };
    if (row?.state === 'claimed' && (row.claimed_at ?? 0) + leaseMs > now) return { kind: 'busy', leaseEndsAt: (row.claimed_at ?? 0) + leaseMs };
    // The row changed between the statements (released, or gone): try again.
  }
}

/** The row of `key` while `token` still holds its claim: what renewing, completing and releasing may change. */
const heldClaim = (key: PostKey, token: string) => ({ day: key.day, destination: key.destination, claim_token: token, state: 'claimed' as const });

/** Extends the lease before a send attempt and counts it; false when another process took the claim over. */
export async function renewClaim(db: RegistryDb, key: PostKey, token: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('digest_posts')
    .set((eb) => ({ claimed_at: now, attempts: eb('attempts', '+', 1) }))
    .where((eb) => eb.and(heldClaim(key, token)))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function completePost(db: RegistryDb, key: PostKey, token: string, outcome: { state: 'sent' | 'empty'; messageRef: string | null; now: number }): Promise<boolean> {
  const result = await db
    .updateTable('digest_posts')
    .set({ state: outcome.state, message_ref: outcome.messageRef, sent_at: outcome.now, last_error: null })
    .where((eb) => eb.and(heldClaim(key, token)))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Gives a claim up after errors, so that the next run can take it (and first look for a message). */
export async function releaseClaim(db: RegistryDb, key: PostKey, token: string, error: string): Promise<void> {
  await db
    .updateTable('digest_posts')
    .set({ state: 'failed', last_error: error })
    .where((eb) => eb.and(heldClaim(key, token)))
    .execute();
}

export interface PostRecord {
  state: PostState;
  attempts: number;
  messageRef: string | null;
}

export async function postRecord(db: RegistryDb, key: PostKey): Promise<PostRecord | null> {
  const row = await findPostRow(db, key);
  return row ? { state: row.state, attempts: row.attempts, messageRef: row.message_ref } : null;
}

function findPostRow(db: RegistryDb, key: PostKey) {
  return db.selectFrom('digest_posts').select(['state', 'claimed_at', 'attempts', 'message_ref']).where('day', '=', key.day).where('destination', '=', key.destination).executeTakeFirst();
}
