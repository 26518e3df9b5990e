import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { SyncSchedule } from '../../src/schedule/sync-schedule.js';
import { syncTimes } from '../../src/schedule/sync-times.js';
import { FakeClock } from './fake-clock.js';

describe('syncTimes', () => {
  it('runs 30 minutes before each digest by default, whatever DIGEST_CRON is', () => {
    const times = syncTimes({ syncCron: null, digestCron: '0 9 * * 1-5', timeZone: 'Europe/Berlin' });
    // Thursday 3 December 2026: the digest is at 09:00 Berlin (08:00 UTC), so the sync at 07:30 UTC.
    expect(times.next(new Date('2026-12-03T06:00:00Z'))?.toISOString()).toBe('2026-12-03T07:30:00.000Z');
    expect(times.next(new Date('2026-12-03T07:30:00Z'))?.toISOString()).toBe('2026-12-04T07:30:00.000Z');
    // Friday's sync, then Monday's: the weekend has no digest.
    expect(times.next(new Date('2026-12-04T07:45:00Z'))?.toISOString()).toBe('2026-12-07T07:30:00.000Z');
    expect(times.previous(new Date('2026-12-03T07:45:00Z'))?.toISOString()).toBe('2026-12-03T07:30:00.000Z');
    expect(times.previous(new Date('2026-12-03T07:29:00Z'))?.toISOString()).toBe('2026-12-02T07:30:00.000Z');
    const midnight = syncTimes({ syncCron: null, digestCron: '0 0 * * *', timeZone: 'UTC' });
    expect(midnight.next(new Date('2026-12-03T12:00:00Z'))?.toISOString()).toBe('2026-12-03T23:30:00.000Z');
  });

  it('follows SYNC_CRON when it is set', () => {
    const times = syncTimes({ syncCron: '*/15 * * * *', digestCron: '0 9 * * 1-5', timeZone: 'UTC' });
    expect(times.next(new Date('2026-12-03T06:01:00Z'))?.toISOString()).toBe('2026-12-03T06:15:00.000Z');
    expect(times.previous(new Date('2026-12-03T06:01:00Z'))?.toISOString()).toBe('2026-12-03T06:00:00.000Z');
  });
});

describe('SyncSchedule', () => {
  function schedule(clock: FakeClock, lastSuccess: Date | null) {
    const runs: string[] = [];
    const sync = new SyncSchedule({
      times: syncTimes({ syncCron: null, digestCron: '0 9 * * *', timeZone: 'UTC' }),
      run: async () => {
        runs.push(clock.now().toISOString());
        return null;
      },
      lastSuccess: async () => lastSuccess,
      logger: silentLogger(),
      clock,
    });
    return { sync, runs };
  }

  it('syncs at start when no sync succeeded since the last scheduled time, then on schedule', async () => {
    const clock = new FakeClock('2026-12-03T10:00:00Z');
    const { sync, runs } = schedule(clock, new Date('2026-12-02T08:31:00Z'));
    sync.start();
    await sync.whenIdle();
    expect(runs).toEqual(['2026-12-03T10:00:00.000Z']);
    await clock.advanceTo('2026-12-05T00:00:00Z');
    expect(runs).toEqual(['2026-12-03T10:00:00.000Z', '2026-12-04T08:30:00.000Z']);
    await sync.stop();
    expect(clock.pending()).toBe(0);
  });

  it('does not sync at start when the last scheduled sync succeeded, nor ever once stopped', async () => {
    const clock = new FakeClock('2026-12-03T10:00:00Z');
    const { sync, runs } = schedule(clock, new Date('2026-12-03T08:31:00Z'));
    sync.start();
    expect(sync.nextRun()?.toISOString()).toBe('2026-12-04T08:30:00.000Z');
    await sync.stop();
    await clock.advanceTo('2026-12-06T00:00:00Z');
    expect(runs).toEqual([]);
    expect(sync.nextRun()).toBeNull();
  });

  it('tries again when another instance was running the schedule', async () => {
    const clock = new FakeClock('2026-12-03T10:00:00Z');
    const runs: string[] = [];
    const sync = new SyncSchedule({
      times: syncTimes({ syncCron: null, digestCron: '0 9 * * *', timeZone: 'UTC' }),
      // Busy the first time: look again in a minute.
      run: async () => (runs.push(clock.now().toISOString()) === 1 ? new Date(clock.now().getTime() + 60_000) : null),
      lastSuccess: async () => null,
      logger: silentLogger(),
      clock,
    });
    sync.start();
    await sync.whenIdle();
    await clock.advanceTo('2026-12-03T10:05:00Z');
    expect(runs).toEqual(['2026-12-03T10:00:00.000Z', '2026-12-03T10:01:00.000Z']);
    await sync.stop();
    expect(clock.pending()).toBe(0);
  });

  it('syncs at start on a registry that has never been synced', async () => {
    const clock = new FakeClock('2026-12-03T10:00:00Z');
    const { sync, runs } = schedule(clock, null);
    sync.start();
    await sync.whenIdle();
    expect(runs).toHaveLength(1);
    await sync.stop();
  });
});
