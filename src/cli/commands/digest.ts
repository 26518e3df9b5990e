import type { DestinationProvider } from '../../digest/destinations.js';
import type { SenderOptions } from '../../digest/sender.js';
import type { Logger } from '../../logging/logger.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';

export const usage = `Usage:
  ingest-advisor digest [--now ISO-8601] [--json]   print the digest: streams not landing, then unchecked streams
  ingest-advisor digest --post [--now ISO-8601]     post it to the configured Slack channel and Teams conversations

Options:
  --now ISO-8601   the moment to judge review ages, snoozes and overdue runs at (default: now), e.g. 2026-11-25T09:00:00Z
  --json           every unchecked stream and every stream not landing as JSON, worst first
  --post           post once for today (the date in DIGEST_TZ); a destination already posted today is skipped
Exit codes: 0 done, 1 a post failed after retries (the next run tries again), 2 bad input or configuration.

Examples:
  ingest-advisor digest
  ingest-advisor digest --json --now 2027-03-01`;

export interface DigestCommandDeps {
  destinations: DestinationProvider;
  logger: (io: CliIo) => Logger;
  sleep?: SenderOptions['sleep'];
}

/** `digest`, posting through `deps` (the platforms', from the executable); its code loads when it runs. */
export function createDigestCommand(deps?: DigestCommandDeps): Command {
  return {
    name: 'digest',
    summary: 'the digest of streams not landing and unchecked streams: print it, or post it to Slack and Teams',
    usage,
    run: async (args, io) => (await import('./digest-run.js')).digestRun(deps)(args, io),
  };
}

/** Posting only where DIGEST_* settings point (no platform adapter). */
export const digestCommand: Command = createDigestCommand();
