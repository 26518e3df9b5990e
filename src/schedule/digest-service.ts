import type { DigestConfig } from '../config/digest-config.js';
import type { DigestDestination } from '../digest/destination.js';
import { postDigestForDay, type DigestJob } from '../digest/post-day.js';
import type { PostOutcome } from '../digest/sender.js';
import type { Logger } from '../logging/logger.js';
import type { RegistryDb } from '../registry/open-registry.js';
import { systemClock, type Clock } from './clock.js';
import { DigestSchedule } from './digest-schedule.js';

export interface DigestServiceOptions {
  db: RegistryDb;
  config: DigestConfig;
  maxAgeDays: number;
  /** Asked at each run, so Teams conversations that subscribe later are included. */
  destinations: () => readonly DigestDestination[];
  logger: Logger;
  clock?: Clock;
  sleep?: DigestJob['sleep'];
  /** Awaited before each run (serve: a sync of the org in progress). */
  beforeRun?: () => Promise<void>;
}

/** The digest schedule that `serve` starts and stops, wired to the registry and the sender. */
export function createDigestService(options: DigestServiceOptions): DigestSchedule {
  const clock = options.clock ?? systemClock;
  const run = async (day: string): Promise<Date | null> => {
    await options.beforeRun?.();
    const destinations = options.destinations();
    if (destinations.length === 0) {
      options.logger.warn({ day }, 'no digest destination configured (DIGEST_SLACK_CHANNEL or a Teams conversation); nothing posted');
      return null;
    }
    const outcomes = await postDigestForDay(day, {
      db: options.db,
      destinations,
      logger: options.logger,
      maxAgeDays: options.maxAgeDays,
      limit: options.config.limit,
      timeZone: options.config.timeZone,
      now: () => clock.now(),
      sleep: options.sleep,
    });
    return earliestRetry(outcomes);
  };
  return new DigestSchedule({ cron: options.config.cron, timeZone: options.config.timeZone, run, logger: options.logger, clock });
}

/** When another process's claim on a destination runs out: look again then, in case it died. */
function earliestRetry(outcomes: readonly PostOutcome[]): Date | null {
  const times = outcomes.flatMap((outcome) => (outcome.status === 'busy' ? [outcome.retryAt.getTime() + 1_000] : []));
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}
