import { describe, expect, it } from 'vitest';
import { MAX_TIMER_MS } from '../../src/schedule/clock.js';
import { ScheduleTimers } from '../../src/schedule/schedule-timers.js';
import { FakeClock } from './fake-clock.js';

describe('ScheduleTimers', () => {
  it('waits 40 days in timers no longer than a timer can wait, and fires once, on time', async () => {
    const clock = new FakeClock('2026-01-01T00:00:00Z');
    const timers = new ScheduleTimers(clock);
    const fired: string[] = [];
    timers.at(new Date('2026-02-10T00:00:00Z'), () => fired.push(clock.now().toISOString()));
    await clock.advanceTo('2026-02-09T23:59:59Z');
    expect(fired).toEqual([]);
    await clock.advanceTo('2026-03-01T00:00:00Z');
    expect(fired).toEqual(['2026-02-10T00:00:00.000Z']);
    expect(Math.max(...clock.delays)).toBeLessThanOrEqual(MAX_TIMER_MS);
    expect(clock.delays.length).toBeGreaterThan(1);
    expect(clock.pending()).toBe(0);
  });

  it('fires a moment already past at once', async () => {
    const clock = new FakeClock('2026-01-01T12:00:00Z');
    const fired: number[] = [];
    new ScheduleTimers(clock).at(new Date('2026-01-01T00:00:00Z'), () => fired.push(1));
    await clock.advanceTo('2026-01-01T12:00:00Z');
    expect(fired).toEqual([1]);
  });

  it('cancels one timer, or every timer still waiting, including one in the middle of a long wait', async () => {
    const clock = new FakeClock('2026-01-01T00:00:00Z');
    const timers = new ScheduleTimers(clock);
    const fired: string[] = [];
    const cancelFirst = timers.at(new Date('2026-01-02T00:00:00Z'), () => fired.push('first'));
    timers.at(new Date('2026-01-03T00:00:00Z'), () => fired.push('second'));
    timers.at(new Date('2026-03-01T00:00:00Z'), () => fired.push('long'));
    cancelFirst();
    await clock.advanceTo('2026-01-10T00:00:00Z');
    expect(fired).toEqual(['second']);
    timers.cancelAll();
    await clock.advanceTo('2026-04-01T00:00:00Z');
    expect(fired).toEqual(['second']);
    expect(clock.pending()).toBe(0);
  });
});
