import type { DigestConfig } from '../config/digest-config.js';
import type { DigestDestination } from '../digest/destination.js';
import { postDigestForDay, type DigestJob } from '../digest/post-day.js';
import type { PostOutcome } from '../digest/sender.js';
import type { Logger } from '../logging/logger.js';
import type { Registry } from '../registry/registry-db.js';
import { systemClock, type Clock } from './clock.js';
import { DigestSchedule } from './digest-schedule.js';
import { SCHEDULE_BUSY_RETRY_MS } from './schedule-lock.js';

export interface DigestServiceOptions {
  registry: Pick<Registry, 'db' | 'exclusively'>;
  config: DigestConfig;
  maxAgeDays: number;
  /** Asked at each run, so Teams conversations that subscribe later are included. */
  destinations: () => Promise<readonly DigestDestination[]>;
  logger: Logger;
  clock?: Clock;
  sleep?: DigestJob['sleep'];
  /** How long a claim on a destination keeps other processes off it (default 10 minutes). */
  leaseMs?: number;
  /** How long to wait when another instance is running the schedule (default 30 s). */
  busyRetryMs?: number;
  /** Awaited before each run (serve: a sync of the org in progress). */
  beforeRun?: () => Promise<void>;
}

/**
 * The digest schedule that `serve` starts and stops, wired to the registry and the sender. Every
 * instance runs it; a run happens on one instance at a time (the schedule lock), and each
 * destination's claim makes the day's post go out once whichever instance runs first.
 */
export function createDigestService(options: DigestServiceOptions): DigestSchedule {
  const clock = options.clock ?? systemClock;
  const post = async (day: string, destinations: readonly DigestDestination[]): Promise<Date | null> => {
    const outcomes = await postDigestForDay(day, {
      db: options.registry.db,
      destinations,
      logger: options.logger,
      maxAgeDays: options.maxAgeDays,
      limit: options.config.limit,
      timeZone: options.config.timeZone,
      now: () => clock.now(),
      sleep: options.sleep,
      leaseMs: options.leaseMs,
    });
    return earliestRetry(outcomes);
  };
  const run = async (day: string): Promise<Date | null> => {
    await options.beforeRun?.();
    const destinations = await options.destinations();
    if (destinations.length === 0) {
      options.logger.warn({ day }, 'no digest destination configured (DIGEST_SLACK_CHANNEL or a Teams conversation); nothing posted');
      return null;
    }
    const ran = await options.registry.exclusively('schedule', () => post(day, destinations));
    if (ran) return ran.value;
    options.logger.info({ day }, 'another instance is running a scheduled job; looking at the digest again after it');
    return new Date(clock.now().getTime() + (options.busyRetryMs ?? SCHEDULE_BUSY_RETRY_MS));
  };
  return new DigestSchedule({ cron: options.config.cron, timeZone: options.config.timeZone, run, logger: options.logger, clock });
}

/** When another process's claim on a destination runs out: look again then, in case it died. */
function earliestRetry(outcomes: readonly PostOutcome[]): Date | null {
  const times = outcomes.flatMap((outcome) => (outcome.status === 'busy' ? [outcome.retryAt.getTime() + 1_000] : []));
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}
