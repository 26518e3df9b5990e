/**
 * A child process for the crash tests: posts the digest of DAY to a file-backed channel.
 * MODE `crash`: kill -9 itself right after the message went out, before it is recorded.
 * MODE `slow`: wait before sending, so that two processes overlap. Prints the outcome as JSON.
 * The registry is the one its environment names (DATABASE_URL or INGEST_ADVISOR_DB).
 * Usage: post-digest.ts CHANNEL DAY MODE
 */
import { postDigest } from '../../../src/digest/sender.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { registryConfig } from '../../../src/config/registry-config.js';
import { openRegistry } from '../../../src/registry/open-registry.js';
import { FileDestination } from '../file-destination.js';

const [channel, day, mode] = process.argv.slice(2);
const destination = new FileDestination(
  channel!,
  () => new Promise((resolve) => setTimeout(resolve, mode === 'slow' ? 2_000 : 0)),
  () => {
    if (mode === 'crash') process.kill(process.pid, 'SIGKILL');
  },
);
const digest = { asOf: new Date(), timeZone: 'UTC', total: 3, unchecked: 2, snoozed: 0, groups: [], more: 0 };
const registry = await openRegistry(registryConfig(process.env).location);
const outcomes = await postDigest(digest, day!, [destination], { db: registry.db, logger: silentLogger() });
process.stdout.write(`${JSON.stringify(outcomes)}\n`);
await registry.close();
