import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { DigestSchedule } from '../../src/schedule/digest-schedule.js';
import { FakeClock } from './fake-clock.js';

interface Run {
  day: string;
  at: string;
}

function schedule(cron: string, timeZone: string, clock: FakeClock, run: (day: string) => Promise<Date | null> = async () => null) {
  const runs: Run[] = [];
  const service = new DigestSchedule({
    cron,
    timeZone,
    clock,
    logger: silentLogger(),
    run: async (day) => {
      runs.push({ day, at: clock.now().toISOString() });
      return run(day);
    },
  });
  return { service, runs };
}

describe('DigestSchedule', () => {
  it('runs at DIGEST_CRON in DIGEST_TZ across the spring daylight-saving change (Europe/Berlin)', async () => {
    // Thursday 26 March 2026; Berlin moves from CET (UTC+1) to CEST (UTC+2) on Sunday 29 March.
    const clock = new FakeClock('2026-03-26T07:00:00Z');
    const { service, runs } = schedule('0 9 * * 1-5', 'Europe/Berlin', clock);
    service.start();
    await clock.advanceTo('2026-04-01T00:00:00Z');
    expect(runs).toEqual([
      { day: '2026-03-26', at: '2026-03-26T08:00:00.000Z' },
      { day: '2026-03-27', at: '2026-03-27T08:00:00.000Z' },
      { day: '2026-03-30', at: '2026-03-30T07:00:00.000Z' },
      { day: '2026-03-31', at: '2026-03-31T07:00:00.000Z' },
    ]);
    await service.stop();
  });

  it('runs at 09:00 local across the autumn change (America/New_York)', async () => {
    // New York moves from EDT (UTC-4) to EST (UTC-5) on Sunday 1 November 2026.
    const clock = new FakeClock('2026-10-30T12:00:00Z');
    const { service, runs } = schedule('0 9 * * *', 'America/New_York', clock);
    service.start();
    await clock.advanceTo('2026-11-03T00:00:00Z');
    expect(runs.map((r) => r.at)).toEqual(['2026-10-30T13:00:00.000Z', '2026-10-31T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-02T14:00:00.000Z']);
    expect(runs.map((r) => r.day)).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
    await service.stop();
  });

  it('names a run by the local date in DIGEST_TZ, not the UTC date', async () => {
    // 08:30 in Auckland (UTC+13 in November) is 19:30 UTC the day before.
    const clock = new FakeClock('2026-11-24T12:00:00Z');
    const { service, runs } = schedule('30 8 * * *', 'Pacific/Auckland', clock);
    service.start();
    await clock.advanceTo('2026-11-25T00:00:00Z');
    expect(runs).toEqual([{ day: '2026-11-25', at: '2026-11-24T19:30:00.000Z' }]);
    await service.stop();
  });

  it('catches up on start when today’s time has passed, and not otherwise', async () => {
    const late = new FakeClock('2026-11-25T15:00:00Z'); // Wednesday, after 09:00 UTC
    const started = schedule('0 9 * * 1-5', 'UTC', late);
    started.service.start();
    await started.service.whenIdle();
    expect(started.runs).toEqual([{ day: '2026-11-25', at: '2026-11-25T15:00:00.000Z' }]);
    await started.service.stop();

    const early = new FakeClock('2026-11-25T08:59:00Z');
    const beforeTime = schedule('0 9 * * 1-5', 'UTC', early);
    beforeTime.service.start();
    await beforeTime.service.whenIdle();
    expect(beforeTime.runs).toEqual([]);
    await early.advanceTo('2026-11-25T09:00:00Z');
    expect(beforeTime.runs).toEqual([{ day: '2026-11-25', at: '2026-11-25T09:00:00.000Z' }]);
    await beforeTime.service.stop();

    const saturday = new FakeClock('2026-11-28T15:00:00Z');
    const weekend = schedule('0 9 * * 1-5', 'UTC', saturday);
    weekend.service.start();
    await weekend.service.whenIdle();
    expect(weekend.runs).toEqual([]);
    await weekend.service.stop();
  });

  it('judges "today" in DIGEST_TZ when catching up', async () => {
    // 23:30 UTC on the 25th is already 00:30 on the 26th in Berlin: today's 09:00 there is still ahead.
    const clock = new FakeClock('2026-11-25T23:30:00Z');
    const { service, runs } = schedule('0 9 * * *', 'Europe/Berlin', clock);
    service.start();
    await service.whenIdle();
    expect(runs).toEqual([]);
    await service.stop();
  });

  it('stop() waits for a run in progress and cancels the timers', async () => {
    const clock = new FakeClock('2026-11-25T15:00:00Z');
    let finish: () => void = () => undefined;
    let finished = false;
    const { service } = schedule('0 9 * * *', 'UTC', clock, () => new Promise((resolve) => (finish = () => resolve(null))).then(() => ((finished = true), null)));
    service.start();
    await new Promise((resolve) => setImmediate(resolve));
    const stopping = service.stop().then(() => finished);
    setTimeout(() => finish(), 20);
    expect(await stopping).toBe(true);
    expect(clock.pending()).toBe(0);
    expect(service.nextRun()).toBeNull();
  });

  it('looks again when another process held the claim, at the time the run asks for', async () => {
    const clock = new FakeClock('2026-11-25T08:00:00Z');
    let calls = 0;
    const { service, runs } = schedule('0 9 * * *', 'UTC', clock, async () => (++calls === 1 ? new Date('2026-11-25T09:10:00Z') : null));
    service.start();
    await clock.advanceTo('2026-11-25T12:00:00Z');
    expect(runs).toEqual([
      { day: '2026-11-25', at: '2026-11-25T09:00:00.000Z' },
      { day: '2026-11-25', at: '2026-11-25T09:10:00.000Z' },
    ]);
    await service.stop();
  });

  it('keeps its schedule after a run throws', async () => {
    const clock = new FakeClock('2026-11-25T08:00:00Z');
    const { service, runs } = schedule('0 9 * * *', 'UTC', clock, async () => {
      throw new Error('database is locked');
    });
    service.start();
    await clock.advanceTo('2026-11-27T10:00:00Z');
    expect(runs.map((r) => r.day)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
    await service.stop();
  });

  it('never asks for a timer longer than a day, even for a yearly cron', async () => {
    const clock = new FakeClock('2026-01-02T00:00:00Z');
    const { service, runs } = schedule('0 9 1 1 *', 'UTC', clock);
    service.start();
    await clock.advanceTo('2027-01-01T10:00:00Z');
    expect(runs.map((r) => r.at)).toEqual(['2027-01-01T09:00:00.000Z']);
    expect(Math.max(...clock.delays)).toBeLessThanOrEqual(24 * 3_600_000);
    await service.stop();
  });
});
