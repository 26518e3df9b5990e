import type { Logger } from '../logging/logger.js';
import { systemClock, type Clock } from './clock.js';
import { ScheduleTimers } from './schedule-timers.js';
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
  private readonly timers: ScheduleTimers;
  private cancelRetry: (() => void) | null = null;
  private inFlight: Promise<void> = Promise.resolve();
  private running = false;

  constructor(private readonly options: SyncScheduleOptions) {
    this.clock = options.clock ?? systemClock;
    this.timers = new ScheduleTimers(this.clock);
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
    this.timers.cancelAll();
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
    this.cancelRetry = this.timers.at(retryAt, () => this.enqueue(() => this.runOnce()));
  }

  private armNext(from: Date): void {
    const at = this.options.times.next(from);
    if (!at || !this.running) return;
    this.timers.at(at, () => {
      if (!this.running) return;
      this.enqueue(() => this.runOnce());
      this.armNext(at);
    });
  }
}
