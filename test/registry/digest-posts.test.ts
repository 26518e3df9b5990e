import { expect, it } from 'vitest';
import { claimPost, completePost, postRecord, releaseClaim, renewClaim } from '../../src/registry/digest-posts.js';
import { describeEngines } from '../support/engines.js';

const key = { day: '2026-11-25', destination: 'slack:C1' };
const LEASE = 60_000;

describeEngines('digest_posts claims', (engine) => {
  it('gives a claim to one taker; others see it busy until the lease ends', async () => {
    const location = await engine.location();
    const { db: a } = await engine.open(location);
    const { db: b } = await engine.open(location);
    expect(await claimPost(a, key, 'ta', 1_000, LEASE)).toEqual({ kind: 'claimed', recovering: false });
    expect(await claimPost(b, key, 'tb', 2_000, LEASE)).toEqual({ kind: 'busy', leaseEndsAt: 61_000 });
    // After the lease a crashed claim is taken over, and the taker must look for an earlier post.
    expect(await claimPost(b, key, 'tb', 61_000, LEASE)).toEqual({ kind: 'claimed', recovering: true });
    // The first holder has lost it: it can neither renew nor complete.
    expect(await renewClaim(a, key, 'ta', 61_500)).toBe(false);
    expect(await completePost(a, key, 'ta', { state: 'sent', messageRef: 'x', now: 62_000 })).toBe(false);
    expect(await completePost(b, key, 'tb', { state: 'sent', messageRef: 'm1', now: 62_000 })).toBe(true);
    expect(await claimPost(a, key, 'tc', 99_000_000, LEASE)).toEqual({ kind: 'done', state: 'sent', messageRef: 'm1' });
  });

  it('gives a day claimed on two connections at once to exactly one', async () => {
    const location = await engine.location();
    const [a, b] = [await engine.open(location), await engine.open(location)];
    for (let day = 1; day <= 20; day += 1) {
      const claims = await Promise.all([a, b].map((registry, n) => claimPost(registry.db, { ...key, day: `2026-12-${String(day).padStart(2, '0')}` }, `t${n}`, 1_000, LEASE)));
      expect(claims.map((claim) => claim.kind).sort()).toEqual(['busy', 'claimed']);
    }
  });

  it('counts attempts, and a released claim is taken again by the next run as a recovery', async () => {
    const { db } = await engine.open();
    await claimPost(db, key, 't1', 0, LEASE);
    expect(await renewClaim(db, key, 't1', 10)).toBe(true);
    await releaseClaim(db, key, 't1', 'rate limited');
    expect(await postRecord(db, key)).toEqual({ state: 'failed', attempts: 1, messageRef: null });
    expect(await claimPost(db, key, 't2', 20, LEASE)).toEqual({ kind: 'claimed', recovering: true });
  });

  it('keeps days and destinations apart, and records a day with nothing to post', async () => {
    const { db } = await engine.open();
    await claimPost(db, key, 't1', 0, LEASE);
    await completePost(db, key, 't1', { state: 'empty', messageRef: null, now: 1 });
    expect(await claimPost(db, key, 't2', 2, LEASE)).toEqual({ kind: 'done', state: 'empty', messageRef: null });
    expect((await claimPost(db, { ...key, day: '2026-11-26' }, 't3', 2, LEASE)).kind).toBe('claimed');
    expect((await claimPost(db, { ...key, destination: 'teams:x' }, 't4', 2, LEASE)).kind).toBe('claimed');
  });
});
