import { expect, it } from 'vitest';
import { claimEvent, completeEvent, pruneEvents, releaseEvent } from '../../src/registry/event-claims.js';
import { listGaps } from '../../src/registry/gaps.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { recordFeedback, recordQuestion } from '../../src/registry/questions.js';
import { recordReview } from '../../src/registry/record-review.js';
import { findStream } from '../../src/registry/stream-lookup.js';
import { describeEngines } from '../support/engines.js';
import { result, stream } from './helpers.js';

const LEASE = 30_000;

describeEngines('event claims', (engine) => {
  it('lets one delivery of an event answer it; the others see busy, then done', async () => {
    const { db } = await engine.open();
    const first = await claimEvent(db, 'slack:Ev1', 't1', 1_000, LEASE);
    expect(first).toEqual({ kind: 'claimed', token: 't1', retry: false });
    expect(await claimEvent(db, 'slack:Ev1', 't2', 2_000, LEASE)).toEqual({ kind: 'busy' });
    expect(await completeEvent(db, 'slack:Ev1', 't1', 3_000)).toBe(true);
    expect(await claimEvent(db, 'slack:Ev1', 't3', 4_000, LEASE)).toEqual({ kind: 'done' });
  });

  it('gives a failed answer back at once, and a claim whose holder died after its lease', async () => {
    const { db } = await engine.open();
    await claimEvent(db, 'slack:Ev2', 't1', 1_000, LEASE);
    await releaseEvent(db, 'slack:Ev2', 't1');
    expect(await claimEvent(db, 'slack:Ev2', 't2', 1_500, LEASE)).toMatchObject({ kind: 'claimed', retry: false });
    expect(await claimEvent(db, 'slack:Ev2', 't3', 1_500 + LEASE + 1, LEASE)).toEqual({ kind: 'claimed', token: 't3', retry: true });
    // The first holder, back from the dead, can no longer complete or release the new claim.
    expect(await completeEvent(db, 'slack:Ev2', 't2', 99_999)).toBe(false);
    await releaseEvent(db, 'slack:Ev2', 't2');
    expect(await claimEvent(db, 'slack:Ev2', 't4', 1_500 + LEASE + 2, LEASE)).toEqual({ kind: 'busy' });
  });

  it('gives a delivery racing on two connections to one of them', async () => {
    const location = await engine.location();
    const [a, b] = [await engine.open(location), await engine.open(location)];
    for (let i = 0; i < 20; i += 1) {
      const claims = await Promise.all([a, b].map((registry, n) => claimEvent(registry.db, `slack:Race${i}`, `t${n}`, 1_000, LEASE)));
      expect(claims.map((claim) => claim.kind).sort()).toEqual(['busy', 'claimed']);
    }
  });

  it('forgets old deliveries', async () => {
    const { db } = await engine.open();
    await claimEvent(db, 'slack:Old', 't', 1_000, LEASE);
    await claimEvent(db, 'slack:New', 't', 9_000, LEASE);
    expect(await pruneEvents(db, 5_000)).toBe(1);
    expect(await claimEvent(db, 'slack:Old', 'u', 9_500, LEASE)).toMatchObject({ kind: 'claimed' });
  });
});

describeEngines('questions, feedback and gaps', (engine) => {
  it('stores a redelivered question once, and lists unanswered and not-helpful ones, most asked first', async () => {
    const { db } = await engine.open();
    const at = new Date('2026-11-20T10:00:00Z');
    const a = await recordQuestion(db, { eventKey: 'slack:E1', question: 'weather in Lisbon?', band: 'unknown', topSource: null, via: 'slack', by: 'U1', at });
    expect(await recordQuestion(db, { eventKey: 'slack:E1', question: 'weather in Lisbon?', band: 'unknown', topSource: null, via: 'slack', at })).toBe(a);
    await recordQuestion(db, { question: 'Weather in Lisbon? ', band: 'unknown', topSource: 'gotchas#dlo-bloat', via: 'slack', at: new Date('2026-11-21T10:00:00Z') });
    const helpful = await recordQuestion(db, { question: 'upsert deletes', band: 'answer', topSource: 'refresh-modes#deleted-records', via: 'slack', at });
    expect(await recordFeedback(db, { questionId: helpful, helpful: true, by: 'U1', at })).toBe(true);
    expect(await listGaps(db, 10)).toHaveLength(1);
    expect(await recordFeedback(db, { questionId: helpful, helpful: false, by: 'U2', at })).toBe(true);
    expect(await recordFeedback(db, { questionId: 999, helpful: false, by: 'U2', at })).toBe(false);
    const gaps = await listGaps(db, 10);
    expect(gaps.map((g) => [g.question, g.reason, g.count, g.closest])).toEqual([
      ['Weather in Lisbon? ', 'unanswered', 2, 'gotchas#dlo-bloat'],
      ['upsert deletes', 'not-helpful', 1, 'refresh-modes#deleted-records'],
    ]);
    expect(gaps[0]!.lastAsked).toEqual(new Date('2026-11-21T10:00:00Z'));
  });
});

describeEngines('findStream', (engine) => {
  it('finds a stream by name in any case, with its latest review and whether it changed since', async () => {
    const { db } = await engine.open();
    await importStreams(db, [stream('Web orders')]);
    expect(await findStream(db, 'WEB ORDERS')).toMatchObject({ name: 'Web orders', latest: null });
    await recordReview(db, stream('Web orders'), result('Web orders', 'ship'), { by: 'U1', via: 'slack' });
    expect((await findStream(db, 'Web orders'))!.latest).toMatchObject({ verdict: 'ship', by: 'U1', outdated: false });
    await importStreams(db, [stream('Web orders', { owner: 'someone else' })]);
    expect((await findStream(db, 'web orders'))!.latest!.outdated).toBe(true);
    expect(await findStream(db, 'nope')).toBeNull();
  });
});
