import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimEvent, completeEvent, pruneEvents, releaseEvent } from '../../src/registry/event-claims.js';
import { listGaps } from '../../src/registry/gaps.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { recordFeedback, recordQuestion } from '../../src/registry/questions.js';
import { findStream } from '../../src/registry/stream-lookup.js';
import { recordReview } from '../../src/registry/record-review.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { result, stream, tempDir } from './helpers.js';

const LEASE = 30_000;

describe('event claims', () => {
  it('lets one delivery of an event answer it; the others see busy, then done', () => {
    const db = openRegistry(join(tempDir(), 'a.db'));
    const first = claimEvent(db, 'slack:Ev1', 't1', 1_000, LEASE);
    expect(first).toEqual({ kind: 'claimed', token: 't1', retry: false });
    expect(claimEvent(db, 'slack:Ev1', 't2', 2_000, LEASE)).toEqual({ kind: 'busy' });
    expect(completeEvent(db, 'slack:Ev1', 't1', 3_000)).toBe(true);
    expect(claimEvent(db, 'slack:Ev1', 't3', 4_000, LEASE)).toEqual({ kind: 'done' });
    db.close();
  });

  it('gives a failed answer back at once, and a claim whose holder died after its lease', () => {
    const db = openRegistry(join(tempDir(), 'a.db'));
    claimEvent(db, 'slack:Ev2', 't1', 1_000, LEASE);
    releaseEvent(db, 'slack:Ev2', 't1');
    expect(claimEvent(db, 'slack:Ev2', 't2', 1_500, LEASE)).toMatchObject({ kind: 'claimed', retry: false });
    expect(claimEvent(db, 'slack:Ev2', 't3', 1_500 + LEASE + 1, LEASE)).toEqual({ kind: 'claimed', token: 't3', retry: true });
    // The first holder, back from the dead, can no longer complete or release the new claim.
    expect(completeEvent(db, 'slack:Ev2', 't2', 99_999)).toBe(false);
    releaseEvent(db, 'slack:Ev2', 't2');
    expect(claimEvent(db, 'slack:Ev2', 't4', 1_500 + LEASE + 2, LEASE)).toEqual({ kind: 'busy' });
    db.close();
  });

  it('forgets old deliveries', () => {
    const db = openRegistry(join(tempDir(), 'a.db'));
    claimEvent(db, 'slack:Old', 't', 1_000, LEASE);
    claimEvent(db, 'slack:New', 't', 9_000, LEASE);
    expect(pruneEvents(db, 5_000)).toBe(1);
    expect(claimEvent(db, 'slack:Old', 'u', 9_500, LEASE)).toMatchObject({ kind: 'claimed' });
    db.close();
  });
});

describe('questions, feedback and gaps', () => {
  it('stores a redelivered question once, and lists unanswered and not-helpful ones, most asked first', () => {
    const db = openRegistry(join(tempDir(), 'a.db'));
    const at = new Date('2026-11-20T10:00:00Z');
    const a = recordQuestion(db, { eventKey: 'slack:E1', question: 'weather in Lisbon?', band: 'unknown', topSource: null, via: 'slack', by: 'U1', at });
    expect(recordQuestion(db, { eventKey: 'slack:E1', question: 'weather in Lisbon?', band: 'unknown', topSource: null, via: 'slack', at })).toBe(a);
    recordQuestion(db, { question: 'Weather in Lisbon? ', band: 'unknown', topSource: 'gotchas#dlo-bloat', via: 'slack', at: new Date('2026-11-21T10:00:00Z') });
    const helpful = recordQuestion(db, { question: 'upsert deletes', band: 'answer', topSource: 'refresh-modes#deleted-records', via: 'slack', at });
    expect(recordFeedback(db, { questionId: helpful, helpful: true, by: 'U1', at })).toBe(true);
    expect(listGaps(db, 10)).toHaveLength(1);
    expect(recordFeedback(db, { questionId: helpful, helpful: false, by: 'U2', at })).toBe(true);
    expect(recordFeedback(db, { questionId: 999, helpful: false, by: 'U2', at })).toBe(false);
    const gaps = listGaps(db, 10);
    expect(gaps.map((g) => [g.question, g.reason, g.count, g.closest])).toEqual([
      ['Weather in Lisbon? ', 'unanswered', 2, 'gotchas#dlo-bloat'],
      ['upsert deletes', 'not-helpful', 1, 'refresh-modes#deleted-records'],
    ]);
    db.close();
  });
});

describe('findStream', () => {
  it('finds a stream by name in any case, with its latest review and whether it changed since', () => {
    const db = openRegistry(join(tempDir(), 'a.db'));
    importStreams(db, [stream('Web orders')]);
    expect(findStream(db, 'WEB ORDERS')).toMatchObject({ name: 'Web orders', latest: null });
    recordReview(db, stream('Web orders'), result('Web orders', 'ship'), { by: 'U1', via: 'slack' });
    expect(findStream(db, 'Web orders')!.latest).toMatchObject({ verdict: 'ship', by: 'U1', outdated: false });
    importStreams(db, [stream('Web orders', { owner: 'someone else' })]);
    expect(findStream(db, 'web orders')!.latest!.outdated).toBe(true);
    expect(findStream(db, 'nope')).toBeNull();
    db.close();
  });
});
