import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import type { DigestDetails } from '../../src/digest/lines.js';
import type { UncheckedReason } from '../../src/registry/reasons.js';
import { countByReason, type UncheckedReport, type UncheckedStream } from '../../src/registry/unchecked.js';
import type { Verdict } from '../../src/review/types.js';

const asOf = new Date('2026-11-25T09:00:00Z');
const DAY = 86_400_000;
let nextId = 1;

function unchecked(name: string, reason: UncheckedReason, verdict: Verdict = 'ship', ageDays = 3): UncheckedStream {
  const id = nextId++;
  const latest = reason === 'never-reviewed' ? null : { id, verdict, at: asOf.getTime() - ageDays * DAY, by: 'U42', via: 'slack' as const };
  return { streamId: id, name, connector: 's3', owner: name.startsWith('x') ? null : 'data-team', createdAt: Date.parse('2026-10-01T12:00:00Z'), latest, reason, snoozedUntil: null, removedAt: null };
}

const details: DigestDetails = {
  problemRules: (_id, verdict) => (verdict === 'needs-info' ? ['Full refresh cost is known'] : ['Freshness matches the decision', 'A unique key']),
  changedKeys: () => ['schedule', 'refreshMode'],
};

function report(streams: UncheckedStream[], snoozed = 0): UncheckedReport {
  return { asOf, total: 40, snoozed, counts: countByReason(streams), unchecked: streams };
}

describe('buildDigest', () => {
  const streams = [
    unchecked('Cart events', 'failed-review', 'do-not-ship'),
    unchecked('Leads', 'failed-review', 'needs-info'),
    unchecked('Orders', 'changed-since-review', 'ship-with-warnings'),
    unchecked('Accounts', 'never-reviewed'),
    unchecked('xBeacons', 'never-reviewed'),
    unchecked('Contacts', 'stale-review', 'ship', 120),
  ];

  it('groups by reason, worst first, with counts and one line per stream', () => {
    const digest = buildDigest(report(streams, 2), details, { limit: 20, timeZone: 'UTC' });
    expect(digest).toMatchObject({ asOf, total: 40, unchecked: 6, snoozed: 2, more: 0 });
    expect(digest.groups.map((g) => [g.reason, g.title, g.count, g.more])).toEqual([
      ['failed-review', 'Failed review', 2, 0],
      ['changed-since-review', 'Changed since review', 1, 0],
      ['never-reviewed', 'Never reviewed', 2, 0],
      ['stale-review', 'Review too old', 1, 0],
    ]);
    const lines = digest.groups.flatMap((g) => g.entries.map((e) => `${e.stream}: ${e.line}`));
    expect(lines).toEqual([
      'Cart events: Fails: Freshness matches the decision; A unique key (do-not-ship on 2026-11-22 by U42).',
      'Leads: Needs info: Full refresh cost is known (needs-info on 2026-11-22 by U42).',
      'Orders: Changed since its ship-with-warnings review on 2026-11-22 by U42: schedule, refreshMode.',
      'Accounts: Never reviewed (in the registry since 2026-10-01).',
      'xBeacons: Never reviewed (in the registry since 2026-10-01).',
      'Contacts: Last reviewed 120 days ago (ship on 2026-07-28 by U42).',
    ]);
    expect(digest.groups[0]!.entries[0]).toMatchObject({ connector: 's3', owner: 'data-team', lastReview: { verdict: 'do-not-ship', by: 'U42', via: 'slack' } });
    expect(digest.groups[2]!.entries[1]).toMatchObject({ owner: null, lastReview: null });
  });

  it('cuts the list at the limit, worst first, and counts the rest per group and in all', () => {
    const digest = buildDigest(report(streams), details, { limit: 3, timeZone: 'UTC' });
    expect(digest.groups.map((g) => [g.reason, g.entries.map((e) => e.stream), g.more])).toEqual([
      ['failed-review', ['Cart events', 'Leads'], 0],
      ['changed-since-review', ['Orders'], 0],
      ['never-reviewed', [], 2],
      ['stale-review', [], 1],
    ]);
    expect(digest.more).toBe(3);
  });

  it('reads details only for the streams it shows', () => {
    const asked: number[] = [];
    const counting: DigestDetails = { problemRules: (id) => (asked.push(id), []), changedKeys: (id) => (asked.push(id), []) };
    buildDigest(report(streams), counting, { limit: 1, timeZone: 'UTC' });
    expect(asked).toHaveLength(1);
  });

  it('writes dates in the digest’s time zone', () => {
    const late = { ...unchecked('Late', 'stale-review', 'ship', 100), latest: { id: 1, verdict: 'ship' as const, at: Date.parse('2026-08-01T23:30:00Z'), by: 'U1', via: 'cli' as const } };
    const digest = buildDigest(report([late]), details, { limit: 5, timeZone: 'Asia/Tokyo' });
    expect(digest.groups[0]!.entries[0]!.line).toContain('on 2026-08-02');
  });

  it('is empty when nothing is unchecked', () => {
    const digest = buildDigest(report([]), details, { limit: 5, timeZone: 'UTC' });
    expect(digest).toMatchObject({ unchecked: 0, groups: [], more: 0 });
  });
});
