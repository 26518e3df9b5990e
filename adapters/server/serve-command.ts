import type { Command } from '../../src/cli/command.js';
import { EXIT_OK } from '../../src/cli/io.js';
import { parseCommandArgs } from '../../src/cli/parse-args.js';
import { InputError } from '../../src/errors.js';
import { waitForSignal } from './signals.js';

const usage = `Usage:
  ingest-advisor serve      run the bot: Slack (/slack/events), Teams (/api/messages), GET /healthz, the daily digest and the org sync

Configuration comes from the environment (and .env); see the README's configuration table:
  PORT (default 3978), HOST (127.0.0.1 without platform credentials, else 0.0.0.0),
  SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET (Slack over HTTP), SLACK_APP_TOKEN (Socket Mode),
  SLACK_API_URL, MicrosoftAppId + MicrosoftAppPassword (+ MicrosoftAppTenantId, MicrosoftAppType) for
  Teams (unset: local mode without auth, served on a loopback HOST only), DIGEST_SLACK_CHANNEL,
  DIGEST_CRON, DIGEST_TZ, INGEST_ADVISOR_DB or DATABASE_URL (PostgreSQL, for several instances), DOCS_BASE_URL; with SF_CLIENT_ID and SF_CLIENT_SECRET (or
  SF_USERNAME and SF_PRIVATE_KEY_FILE) it also syncs the Data 360 org on SYNC_CRON (default: 30 minutes
  before each DIGEST_CRON run), and at start-up when no sync has succeeded since the last scheduled one.
A missing or malformed variable stops start-up with exit code 2 and a message naming it.
SIGTERM or SIGINT drains requests in progress and exits 0; a second one stops at once.

Examples:
  SLACK_BOT_TOKEN=xoxb-… SLACK_SIGNING_SECRET=… ingest-advisor serve
  SLACK_BOT_TOKEN=xoxb-… SLACK_APP_TOKEN=xapp-… ingest-advisor serve      # Socket Mode, no public URL
  ingest-advisor serve      # no credentials: Teams local mode on 127.0.0.1, for npm run playground`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the Slack and Teams bot, /healthz, the daily digest and the org sync on one HTTP server',
  usage,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {}, usage);
    if (positionals.length > 0) throw new InputError(`serve takes no arguments; got ${positionals.join(' ')}. It is configured by environment variables.\n\n${usage}`);
    // Listen for signals before starting, so one that arrives during start-up is not lost.
    const signal = waitForSignal(['SIGTERM', 'SIGINT'], (second) => {
      io.stderr.write(`Received ${second} again; stopping now.\n`);
      process.exit(1);
    });
    // Loaded here, not at the top: the server's modules (Bolt, the Agents SDK) would slow every other command's start.
    const { startServe } = await import('./start-serve.js');
    const running = await startServe({ env: io.env, cwd: io.cwd });
    io.stdout.write(`ingest-advisor is serving on ${running.url} (GET ${running.url}/healthz).\n`);
    const received = await signal;
    io.stdout.write(`Received ${received}: finishing requests in progress, then stopping.\n`);
    await running.stop();
    return EXIT_OK;
  },
};
