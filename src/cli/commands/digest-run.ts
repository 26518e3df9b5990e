import { digestConfig } from '../../config/digest-config.js';
import { ConfigError, InputError } from '../../errors.js';
import { configuredDestinations, NO_DESTINATION_MESSAGE } from '../../digest/destinations.js';
import { digestJson } from '../../digest/digest-json.js';
import { loadDigest } from '../../digest/load-digest.js';
import { localDay } from '../../digest/local-day.js';
import { parseNow } from '../../digest/parse-now.js';
import { postDigest, type PostOutcome } from '../../digest/sender.js';
import { renderDigestText } from '../../digest/render-text.js';
import { createLogger } from '../../logging/logger.js';
import { withRegistry, type RegistrySession } from '../../registry/registry-session.js';
import type { Command } from '../command.js';
import { usage, type DigestCommandDeps } from './digest.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-args.js';

/** `digest` with `deps`, by default posting only where DIGEST_* settings point. */
export function digestRun(given?: DigestCommandDeps): Command['run'] {
  const deps = given ?? { destinations: configuredDestinations, logger: (io: CliIo) => createLogger(io.env) };
  return async (args, io) => {
    const options = { now: { type: 'string' }, json: { type: 'boolean' }, post: { type: 'boolean' } } as const;
    const { values, positionals } = parseCommandArgs(args, options, usage);
    if (positionals.length > 0) throw new InputError(`digest takes no arguments; got ${positionals.join(' ')}.\n\n${usage}`);
    const now = parseNow(values.now);
    return withRegistry(io, (session) => (values.post ? post(session, io, now, deps) : print(session, io, now, values.json === true)));
  };
}

async function print(session: RegistrySession, io: CliIo, now: Date, json: boolean): Promise<number> {
  const config = digestConfig(session.env);
  const limit = json ? 0 : Number.MAX_SAFE_INTEGER;
  const { report, notLanding, digest } = await loadDigest(session.db, now, { maxAgeDays: session.config.reviewMaxAgeDays, limit, timeZone: config.timeZone, everyStream: true });
  io.stdout.write(json ? `${JSON.stringify(digestJson(report, notLanding))}\n` : renderDigestText(digest));
  return EXIT_OK;
}

async function post(session: RegistrySession, io: CliIo, now: Date, deps: DigestCommandDeps): Promise<number> {
  const config = digestConfig(session.env);
  const logger = deps.logger(io);
  const destinations = await deps.destinations({ env: session.env, db: session.db, config, logger });
  if (destinations.length === 0) throw new ConfigError(NO_DESTINATION_MESSAGE);
  const day = localDay(now, config.timeZone);
  const { digest } = await loadDigest(session.db, now, { maxAgeDays: session.config.reviewMaxAgeDays, limit: config.limit, timeZone: config.timeZone });
  const outcomes = await postDigest(digest, day, destinations, { db: session.db, logger, now: () => now, sleep: deps.sleep });
  for (const outcome of outcomes) io.stdout.write(`${describeOutcome(outcome, day, { now, timeZone: config.timeZone })}\n`);
  return outcomes.some((outcome) => outcome.status === 'failed') ? EXIT_FINDINGS : EXIT_OK;
}

/** `09:10:00 UTC (in 8 minutes)`: when a claim runs out, in the digest's time zone. */
function expiry(at: Date, { now, timeZone }: { now: Date; timeZone: string }): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' }).format(at);
  const minutes = Math.ceil((at.getTime() - now.getTime()) / 60_000);
  return `${time} (in ${minutes} minute${minutes === 1 ? '' : 's'})`;
}

/**
 * A claim held elsewhere: a process posting now, or one stopped part-way (a crash, kill -9).
 * Either way nothing is lost: once the claim runs out, the next run looks for the message the
 * stopped one may have sent, and posts only if there is none.
 */
function describeBusy(outcome: PostOutcome & { status: 'busy' }, day: string, when: { now: Date; timeZone: string }): string {
  const where = `${outcome.destination}:`;
  if (outcome.retryAt.getTime() <= when.now.getTime()) return `${where} another process took over posting the digest of ${day}.`;
  return (
    `${where} another process is posting the digest of ${day}, or was stopped while posting it; its claim expires at ${expiry(outcome.retryAt, when)}. ` +
    `If the digest has not gone out by then, the schedule of \`ingest-advisor serve\` posts it, as does this command run again after that time.`
  );
}

function describeOutcome(outcome: PostOutcome, day: string, when: { now: Date; timeZone: string }): string {
  const where = `${outcome.destination}:`;
  switch (outcome.status) {
    case 'sent':
      return `${where} posted the digest of ${day} (${outcome.messageRef}).`;
    case 'found':
      return `${where} the digest of ${day} had already gone out (${outcome.messageRef}); recorded it.`;
    case 'already-done':
      return `${where} already handled for ${day} (${outcome.state === 'sent' ? 'posted' : 'nothing was unchecked'}).`;
    case 'empty':
      return `${where} nothing is unchecked; nothing posted for ${day}.`;
    case 'busy':
      return describeBusy(outcome, day, when);
    case 'failed':
      return `${where} not posted: ${outcome.error}. The next run tries again.`;
  }
}
