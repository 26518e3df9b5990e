import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimPost, completePost, postRecord, releaseClaim, renewClaim } from '../../src/registry/digest-posts.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { tempDir } from './helpers.js';

const key = { day: '2026-11-25', destination: 'slack:C1' };
const LEASE = 60_000;

describe('digest_posts claims', () => {
  it('gives a claim to one taker; others see it busy until the lease ends', () => {
    const file = join(tempDir(), 'r.db');
    const a = openRegistry(file);
    const b = openRegistry(file);
    expect(claimPost(a, key, 'ta', 1_000, LEASE)).toEqual({ kind: 'claimed', recovering: false });
    expect(claimPost(b, key, 'tb', 2_000, LEASE)).toEqual({ kind: 'busy', leaseEndsAt: 61_000 });
    // After the lease a crashed claim is taken over, and the taker must look for an earlier post.
    expect(claimPost(b, key, 'tb', 61_000, LEASE)).toEqual({ kind: 'claimed', recovering: true });
    // The first holder has lost it: it can neither renew nor complete.
    expect(renewClaim(a, key, 'ta', 61_500)).toBe(false);
    expect(completePost(a, key, 'ta', { state: 'sent', messageRef: 'x', now: 62_000 })).toBe(false);
    expect(completePost(b, key, 'tb', { state: 'sent', messageRef: 'm1', now: 62_000 })).toBe(true);
    expect(claimPost(a, key, 'tc', 99_000_000, LEASE)).toEqual({ kind: 'done', state: 'sent', messageRef: 'm1' });
    a.close();
    b.close();
  });

  it('counts attempts, and a released claim is taken again by the next run as a recovery', () => {
    const db = openRegistry(join(tempDir(), 'r.db'));
    claimPost(db, key, 't1', 0, LEASE);
    expect(renewClaim(db, key, 't1', 10)).toBe(true);
    releaseClaim(db, key, 't1', 'rate limited');
    expect(postRecord(db, key)).toEqual({ state: 'failed', attempts: 1, messageRef: null });
    expect(claimPost(db, key, 't2', 20, LEASE)).toEqual({ kind: 'claimed', recovering: true });
    db.close();
  });

  it('keeps days and destinations apart, and records a day with nothing to post', () => {
    const db = openRegistry(join(tempDir(), 'r.db'));
    claimPost(db, key, 't1', 0, LEASE);
    completePost(db, key, 't1', { state: 'empty', messageRef: null, now: 1 });
    expect(claimPost(db, key, 't2', 2, LEASE)).toEqual({ kind: 'done', state: 'empty', messageRef: null });
    expect(claimPost(db, { ...key, day: '2026-11-26' }, 't3', 2, LEASE).kind).toBe('claimed');
    expect(claimPost(db, { ...key, destination: 'teams:x' }, 't4', 2, LEASE).kind).toBe('claimed');
    db.close();
  });
});
