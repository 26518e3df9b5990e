import { describe, expect, it } from 'vitest';
import { askRef } from '../../src/landing/ask-ref.js';
import { judgeLanding, type LandingEvidence } from '../../src/landing/judge.js';
import { elapsed, landingLine } from '../../src/landing/line.js';
import { OVERDUE_AFTER_MS } from '../../src/landing/reasons.js';
import type { ObservedRun } from '../../src/registry/stream-runs.js';

const asOf = new Date('2026-12-03T12:00:00Z');
const HOUR = 3_600_000;

function run(hoursAgo: number, rowsAdded: number | null, status: string | null = 'SUCCESS', errorCode: string | null = null): ObservedRun {
  return { refreshedAt: new Date(asOf.getTime() - hoursAgo * HOUR), status, rowsAdded, errorCode };
}

/** Evidence from a history newest first; the lookups answer from it as the registry would. */
function evidence(history: ObservedRun[], schedule?: string): LandingEvidence {
  return {
    latest: history[0]!,
    schedule,
    lastTwo: async () => history.slice(0, 2),
    rowsBefore: async (before) => {
      const index = history.findIndex((r) => r.refreshedAt < before && (r.rowsAdded ?? 0) > 0);
      if (index < 0) return null;
      return { run: history[index]!, emptyRunsSince: history.slice(0, index).filter((r) => r.rowsAdded === 0).length };
    },
  };
}

describe('judgeLanding', () => {
  it('calls a latest run whose status says FAIL or ERROR, in any case, last-run-failed', async () => {
    for (const status of ['FAILURE', 'FAILED', 'Error', 'PARTIAL_FAILURE', 'error_in_load']) {
      expect(await judgeLanding(evidence([run(1, 10, status)]), asOf)).toEqual({ reason: 'last-run-failed' });
    }
    for (const status of ['SUCCESS', 'NONE', 'PENDING', 'SOMETHING_NEW', null]) {
      expect(await judgeLanding(evidence([run(1, 10, status)]), asOf)).toBeNull();
    }
  });

  it.each(Object.entries(OVERDUE_AFTER_MS))('is overdue on a %s schedule only past twice its period', async (schedule, limit) => {
    const at = (ms: number): ObservedRun => ({ refreshedAt: new Date(asOf.getTime() - ms), status: 'SUCCESS', rowsAdded: 5, errorCode: null });
    expect(await judgeLanding(evidence([at(limit)], schedule), asOf)).toBeNull();
    expect(await judgeLanding(evidence([at(limit + 1)], schedule), asOf)).toEqual({ reason: 'overdue', schedule, ageMs: limit + 1 });
  });

  it('never calls a stream without a periodic schedule overdue', async () => {
    for (const schedule of [undefined, 'streaming', 'live', 'fortnightly']) expect(await judgeLanding(evidence([run(24 * 365, 5)], schedule), asOf)).toBeNull();
  });

  it('calls two empty runs after one that added rows no-new-rows, and counts every empty run since', async () => {
    const history = [run(1, 0), run(2, 0), run(3, 0), run(4, 5_000), run(5, 100)];
    expect(await judgeLanding(evidence(history), asOf)).toEqual({ reason: 'no-new-rows', emptyRuns: 3, rowsBefore: 5_000 });
  });

  it('needs both of the last two runs empty, and rows before them', async () => {
    expect(await judgeLanding(evidence([run(1, 0), run(2, 7), run(3, 0)]), asOf)).toBeNull();
    expect(await judgeLanding(evidence([run(1, 0), run(2, 0), run(3, 0)]), asOf)).toBeNull();
    expect(await judgeLanding(evidence([run(1, 0), run(2, null), run(3, 9)]), asOf)).toBeNull();
    expect(await judgeLanding(evidence([run(1, 0)]), asOf)).toBeNull();
    expect(await judgeLanding(evidence([run(1, 0), run(2, 0), run(3, 1)]), asOf)).toEqual({ reason: 'no-new-rows', emptyRuns: 2, rowsBefore: 1 });
  });

  it('checks the reasons in order: a failure before a missed schedule before empty runs', async () => {
    const failedLateEmpty = [run(30, 0, 'FAILURE'), run(31, 0), run(32, 40)];
    expect((await judgeLanding(evidence(failedLateEmpty, 'hourly'), asOf))?.reason).toBe('last-run-failed');
    const lateEmpty = [run(30, 0), run(31, 0), run(32, 40)];
    expect((await judgeLanding(evidence(lateEmpty, 'hourly'), asOf))?.reason).toBe('overdue');
    expect((await judgeLanding(evidence(lateEmpty, 'daily'), asOf))?.reason).toBe('no-new-rows');
  });
});

describe('what a not-landing line says', () => {
  it('names the status and error code of a failed run, the gap on a missed schedule, and the rows before empty runs', () => {
    expect(landingLine({ reason: 'last-run-failed' }, run(6, 0, 'FAILURE', 'AUTH_FAILED'))).toBe('Last run FAILURE, AUTH_FAILED (2026-12-03 06:00 UTC).');
    expect(landingLine({ reason: 'last-run-failed' }, run(6, 0, 'ERROR'))).toBe('Last run ERROR (2026-12-03 06:00 UTC).');
    expect(landingLine({ reason: 'overdue', schedule: 'hourly', ageMs: 5 * HOUR + 60_000 }, run(5, 3))).toBe('No refresh for 5 h on an hourly schedule (last run 2026-12-03 07:00 UTC).');
    expect(landingLine({ reason: 'no-new-rows', emptyRuns: 2, rowsBefore: 5_000 }, run(6, 0))).toBe('0 rows in the last 2 runs, 5,000 before (last run 2026-12-03 06:00 UTC).');
  });

  it('says a gap in minutes, hours or days as people would', () => {
    expect(elapsed(45 * 60_000)).toBe('45 min');
    expect(elapsed(2 * HOUR)).toBe('2 h');
    expect(elapsed(47 * HOUR + 59 * 60_000)).toBe('47 h');
    expect(elapsed(49 * HOUR)).toBe('2 days');
  });
});

describe('which gotcha the advisor is asked about', () => {
  it('asks about lost credentials for empty runs and access failures, the schedule for overdue streams, and the refresh history otherwise', () => {
    expect(askRef('no-new-rows', null)).toBe('gotchas#silent-auth-loss');
    expect(askRef('last-run-failed', 'AUTH_FAILED')).toBe('gotchas#silent-auth-loss');
    expect(askRef('last-run-failed', 'INVALID_CREDENTIALS')).toBe('gotchas#silent-auth-loss');
    expect(askRef('last-run-failed', 'FILE_NOT_FOUND')).toBe('data-streams#refresh-history');
    expect(askRef('last-run-failed', null)).toBe('data-streams#refresh-history');
    expect(askRef('overdue', null)).toBe('gotchas#cadence-behind-decision');
  });
});
