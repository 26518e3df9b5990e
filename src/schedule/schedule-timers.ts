import { MAX_TIMER_MS, type Clock } from './clock.js';

/**
 * The timers of a start/stop schedule. A timer waits at most MAX_TIMER_MS at a time (Node's
 * timers cannot wait a month), and one that fires before its moment waits again, so a callback
 * never runs early. `cancelAll` (on stop) cancels every timer still waiting.
 */
export class ScheduleTimers {
  private readonly cancels = new Set<() => void>();

  constructor(private readonly clock: Clock) {}

  /** Calls `callback` at `at`, or as soon after as the clock allows; returns a function that cancels it. */
  at(at: Date, callback: () => void): () => void {
    let cancelCurrent: () => void = () => undefined;
    const cancel = (): void => {
      cancelCurrent();
      this.cancels.delete(cancel);
    };
    const arm = (): void => {
      const wait = Math.min(MAX_TIMER_MS, Math.max(0, at.getTime() - this.clock.now().getTime()));
      cancelCurrent = this.clock.setTimer(wait, () => {
        if (this.clock.now().getTime() < at.getTime()) return arm();
        this.cancels.delete(cancel);
        callback();
      });
    };
    this.cancels.add(cancel);
    arm();
    return cancel;
  }

  cancelAll(): void {
    for (const cancel of [...this.cancels]) cancel();
  }
}
