import type { Logger } from '../logging/logger.js';
import { MAX_TIMER_MS, systemClock, type Clock } from './clock.js';
import type { SyncTimes } from './sync-times.js';

export interface SyncScheduleOptions {
  times: SyncTimes;
  /**
   * One sync; it logs and records its own outcome, and never throws. Resolves to a moment to try
   * again (another instance was running the schedule), or null.
   */
  run(): Promise<Date | null>;
  /** When the last successful sync finished (any process's), or null. */
  lastSuccess(): Promise<Date | null>;
  logger: Logger;
  clock?: Clock;
}

/**
 * The org sync as a start/stop service. `start()` syncs at once when no sync has succeeded since
 * the latest scheduled time (a new deployment, a missed run), then on schedule. `whenIdle()` lets
 * the digest wait for a sync in progress, so it reads what the sync brought.
 */
export class SyncSchedule {
  private readonly clock: Clock;
  private cancelNext: (() => void) | null = null;
  private cancelRetry: (() => void) | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  private running = false;

  constructor(private readonly options: SyncScheduleOptions) {
    this.clock = options.clock ?? systemClock;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const now = this.clock.now();
    const due = this.options.times.previous(now);
    this.enqueue(async () => {
      const last = await this.options.lastSuccess();
      if (last !== null && (due === null || last >= due)) return;
      this.options.logger.info({ lastSuccess: last?.toISOString() ?? null }, 'syncing the org now: no sync has succeeded since the last scheduled one');
      await this.runOnce();
    });
    this.armNext(now);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.cancelNext?.();
    this.cancelRetry?.();
    await this.inFlight;
  }

  nextRun(): Date | null {
    return this.running ? this.options.times.next(this.clock.now()) : null;
  }

  whenIdle(): Promise<void> {
    return this.inFlight;
  }

  private enqueue(job: () => Promise<void>): void {
    this.inFlight = this.inFlight
      .then(() => (this.running ? job() : undefined))
      .catch((error: unknown) => this.options.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'org sync run failed'));
  }

  private async runOnce(): Promise<void> {
    const retryAt = await this.options.run();
    if (!retryAt || !this.running) return;
    this.cancelRetry?.();
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, retryAt.getTime() - this.clock.now().getTime()));
    this.cancelRetry = this.clock.setTimer(wait, () => this.enqueue(() => this.runOnce()));
  }

  private armNext(from: Date): void {
    const at = this.options.times.next(from);
    if (!at || !this.running) return;
    const wait = Math.min(MAX_TIMER_MS, Math.max(0, at.getTime() - this.clock.now().getTime()));
    this.cancelNext = this.clock.setTimer(wait, () => {
      if (!this.running) return;
      // A long wait is cut into timers of at most MAX_TIMER_MS: only run once the time has come.
      if (this.clock.now().getTime() >= at.getTime()) this.enqueue(() => this.runOnce());
      this.armNext(this.clock.now().getTime() >= at.getTime() ? at : from);
    });
  }
}
