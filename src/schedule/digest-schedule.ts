import { Cron } from 'croner';
import type { Logger } from '../logging/logger.js';
import { localDay } from '../digest/local-day.js';
import { systemClock, type Clock } from './clock.js';
import { ScheduleTimers } from './schedule-timers.js';

export interface DigestScheduleOptions {
  /** DIGEST_CRON, already validated. */
  cron: string;
  /** DIGEST_TZ: the cron is read there, and a run belongs to the local date there. */
  timeZone: string;
  /**
   * Posts the digest of one local day (a no-op for destinations already done that day).
   * Resolves to a moment to try again (another process held a claim), or null.
   */
  run(day: string): Promise<Date | null>;
  logger: Logger;
  clock?: Clock;
}

/**
 * The daily digest as a start/stop service. `start()` schedules the next run and, when
 * today's run time has already passed, posts today's digest at once: a day missed while the
 * service was down is caught up the same day. `stop()` cancels the timers and waits for a run
 * in progress.
 */
export class DigestSchedule {
  private readonly job: Cron;
  private readonly clock: Clock;
  private readonly timers: ScheduleTimers;
  private inFlight: Promise<void> = Promise.resolve();
  private running = false;

  constructor(private readonly options: DigestScheduleOptions) {
    this.job = new Cron(options.cron, { timezone: options.timeZone });
    this.clock = options.clock ?? systemClock;
    this.timers = new ScheduleTimers(this.clock);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const now = this.clock.now();
    const today = localDay(now, this.options.timeZone);
    const previous = this.job.previousRuns(1, now)[0];
    if (previous && localDay(previous, this.options.timeZone) === today) {
      this.options.logger.info({ day: today, scheduledAt: previous.toISOString() }, "catching up today's digest");
      this.trigger(today);
    }
    this.armNext(now);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.timers.cancelAll();
    await this.inFlight;
  }

  /** The next scheduled run, or null when stopped. */
  nextRun(): Date | null {
    return this.running ? this.job.nextRun(this.clock.now()) : null;
  }

  /** Resolves when the runs started so far have finished. */
  whenIdle(): Promise<void> {
    return this.inFlight;
  }

  private armNext(from: Date): void {
    const at = this.job.nextRun(from);
    if (!at || !this.running) return;
    this.timers.at(at, () => {
      this.trigger(localDay(at, this.options.timeZone));
      this.armNext(at);
    });
  }

  private trigger(day: string): void {
    this.inFlight = this.inFlight.then(() => this.runDay(day));
  }

  private async runDay(day: string): Promise<void> {
    if (!this.running) return;
    try {
      const retryAt = await this.options.run(day);
      if (retryAt && this.running) this.timers.at(retryAt, () => this.trigger(day));
    } catch (error) {
      this.options.logger.error({ day, err: error instanceof Error ? error.message : String(error) }, 'digest run failed');
    }
  }
}
