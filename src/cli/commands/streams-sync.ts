import { salesforceConfig } from '../../config/salesforce-config.js';
import { readEnv } from '../../config/load-env.js';
import { isAdvisorError } from '../../errors.js';
import { createLogger } from '../../logging/logger.js';
import { withRegistry } from '../../registry/registry-session.js';
import { formatJsonError } from '../../review/formatters/json.js';
import { OrgUnavailableError } from '../../salesforce/org-errors.js';
import { openOrgSession } from '../../salesforce/org-session.js';
import { runSync } from '../../sync/run-sync.js';
import { renderSync, syncJson } from '../../sync/sync-report.js';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, type CliIo } from '../io.js';

/**
 * `streams sync [--dry-run] [--json]`. Exit 2 when the SF_* settings are missing or wrong or the
 * org refuses them; 1 when the org could not be read (after retries), which the next run retries.
 */
export async function runStreamsSync(io: CliIo, options: { dryRun: boolean; json: boolean }): Promise<number> {
  try {
    return await sync(io, options);
  } catch (error) {
    const unavailable = error instanceof OrgUnavailableError;
    if (!options.json || !(unavailable || isAdvisorError(error))) {
      if (!unavailable) throw error;
      io.stderr.write(`Error: ${error.message}\n`);
      return EXIT_FINDINGS;
    }
    io.stdout.write(unavailable ? `${JSON.stringify({ error: { message: error.message, issues: [] } })}\n` : formatJsonError(error));
    return unavailable ? EXIT_FINDINGS : EXIT_BAD_INPUT;
  }
}

async function sync(io: CliIo, options: { dryRun: boolean; json: boolean }): Promise<number> {
  const env = readEnv(io.cwd, io.env);
  // Checked before the registry is opened: a missing setting creates no database file.
  const config = salesforceConfig(env);
  const logger = createLogger(env);
  const result = await withRegistry(io, ({ db }) => runSync(db, () => openOrgSession(config, { cwd: io.cwd }), { dryRun: options.dryRun, logger }));
  io.stdout.write(options.json ? `${JSON.stringify(syncJson(result))}\n` : renderSync(result));
  return EXIT_OK;
}
