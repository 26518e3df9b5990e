import { loadAdvisor } from '../../src/answer/load-advisor.js';
import { readEnv, type Env } from '../../src/config/load-env.js';
import { createLogger, type Logger } from '../../src/logging/logger.js';
import { DAY_MS } from '../../src/registry/check-state.js';
import { pruneEvents } from '../../src/registry/event-claims.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import type { RegistryDb } from '../../src/registry/registry-db.js';
import { loadPolicy, policyPath } from '../../src/review/policy/load.js';
import type { Clock } from '../../src/schedule/clock.js';
import { createDigestService } from '../../src/schedule/digest-service.js';
import { platformDestinations } from '../destinations.js';
import { startTeams } from '../teams/start-teams.js';
import { startSlack, type StartedSlack } from './start-slack.js';
import { createSyncService } from '../../src/schedule/sync-service.js';
import { syncHealth, syncSettings } from './start-sync.js';
import { HttpServer } from './http-server.js';
import { serverConfig } from './server-config.js';
import { TaskTracker } from './tasks.js';

export interface ServeOptions {
  env: Env;
  cwd: string;
  /** Defaults to JSON lines on standard error at LOG_LEVEL. */
  logger?: Logger;
  clock?: Clock;
  /** How long shutdown waits for requests and replies in progress (default 10 s). */
  graceMs?: number;
  /** Shorter waits for tests: a digest claim's lease (default 10 minutes), the wait when another instance runs the schedule (30 s). */
  timings?: { digestLeaseMs?: number; scheduleBusyRetryMs?: number };
}

export interface RunningServe {
  /** `http://host:port`, with the port actually bound (PORT=0 picks one). */
  url: string;
  port: number;
  /** Resolves when the digest runs started so far have finished (tests and tooling wait on it). */
  digestIdle(): Promise<void>;
  /** Resolves when the org syncs started so far have finished. */
  syncIdle(): Promise<void>;
  /** Drains and stops everything; resolves when the registry is closed. */
  stop(): Promise<void>;
}

/** Claimed events are kept a week: Slack stops redelivering within the hour. */
const EVENT_RETENTION_MS = 7 * DAY_MS;

/**
 * Starts `serve`: the configuration is checked first (a bad variable stops start-up naming it),
 * then the registry, knowledge, Slack and the HTTP server, and last the digest schedule.
 */
export async function startServe(options: ServeOptions): Promise<RunningServe> {
  const env = readEnv(options.cwd, options.env);
  const config = serverConfig(env, options.cwd);
  const sync = syncSettings(env, config.digest);
  const logger = options.logger ?? createLogger(env);
  const path = policyPath(undefined, env);
  const policy = path === undefined ? undefined : loadPolicy(path, options.cwd, env);
  const registry = await openRegistry(config.registry.location);
  const { db } = registry;
  const tasks = new TaskTracker(logger);
  const http = new HttpServer(logger);
  let slack: StartedSlack | null = null;
  try {
    const advisor = await loadAdvisor(env);
    const now = () => (options.clock ?? { now: () => new Date() }).now();
    if (config.slack) slack = await startSlack(config.slack, { db, advisor, logger, tasks, now, docsBaseUrl: config.docsBaseUrl, maxAgeDays: config.registry.reviewMaxAgeDays, policy }, http);
    const teams = startTeams(env, { db, advisor, logger, tasks, now, docsBaseUrl: config.docsBaseUrl, policy, digest: config.digest, maxAgeDays: config.registry.reviewMaxAgeDays }, http, config.host);
    const clock = options.clock ? { clock: options.clock } : {};
    const busyRetryMs = options.timings?.scheduleBusyRetryMs;
    // The org sync on its schedule (SYNC_CRON, or 30 minutes before each digest).
    const orgSync = sync ? createSyncService({ ...sync, registry, cwd: options.cwd, logger, busyRetryMs, ...clock }) : null;
    const digest = createDigestService({
      registry,
      leaseMs: options.timings?.digestLeaseMs,
      busyRetryMs,
      // The digest reads what a sync in progress brings.
      beforeRun: () => orgSync?.schedule.whenIdle() ?? Promise.resolve(),
      config: config.digest,
      maxAgeDays: config.registry.reviewMaxAgeDays,
      destinations: () => platformDestinations({ env, db, config: config.digest, logger }),
      logger,
      ...clock,
    });
    const address = await http.listen(config.port, config.host);
    const prune = schedulePruning(db, now, logger);
    // The sync first: a catch-up sync at start-up runs before a catch-up digest reads the registry.
    orgSync?.schedule.start();
    digest.start();
    let status: 'ready' | 'stopping' = 'ready';
    http.health = async () => ({
      status,
      registry: registry.engine,
      slack: config.slack?.mode ?? 'off',
      teams,
      digest: { nextRun: digest.nextRun()?.toISOString() ?? null, slackChannel: config.digest.slackChannel },
      sync: await syncHealth(orgSync),
    });
    const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
    logger.info({ url, slack: config.slack?.mode ?? 'off', sync: orgSync ? (orgSync.schedule.nextRun()?.toISOString() ?? 'on') : 'off' }, 'ingest-advisor is serving');
    const grace = options.graceMs ?? 10_000;
    return {
      url,
      port: address.port,
      digestIdle: () => digest.whenIdle(),
      syncIdle: () => orgSync?.schedule.whenIdle() ?? Promise.resolve(),
      stop: async () => {
        status = 'stopping';
        clearInterval(prune);
        await digest.stop();
        await orgSync?.schedule.stop();
        await http.close(grace);
        if (!(await tasks.drain(grace))) logger.warn({ left: tasks.size }, 'replies still running at the end of the grace period were abandoned');
        await slack?.stop();
        await registry.close();
        logger.info('ingest-advisor stopped');
      },
    };
  } catch (error) {
    await http.close(0);
    await slack?.stop().catch(() => undefined);
    await registry.close();
    throw error;
  }
}

function schedulePruning(db: RegistryDb, now: () => Date, logger: Logger): NodeJS.Timeout {
  const prune = () =>
    pruneEvents(db, now().getTime() - EVENT_RETENTION_MS).catch((error: unknown) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'could not prune old chat events'));
  void prune();
  const timer = setInterval(prune, DAY_MS);
  timer.unref();
  return timer;
}
