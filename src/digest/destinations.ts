import type { DigestConfig } from '../config/digest-config.js';
import type { Env } from '../config/load-env.js';
import type { Logger } from '../logging/logger.js';
import type { RegistryDb } from '../registry/registry-db.js';
import type { DigestDestination } from './destination.js';

export interface DestinationContext {
  env: Env;
  db: RegistryDb;
  config: DigestConfig;
  logger: Logger;
}

/** Finds the destinations a deployment has configured; the CLI and `serve` ask it at each run. */
export type DestinationProvider = (context: DestinationContext) => Promise<readonly DigestDestination[]>;

/**
 * The core posts nowhere by itself: the adapters' composition root (`adapters/destinations.ts`)
 * adds the Slack channel and the Teams conversations to these, for `serve` and `digest --post`.
 */
export const configuredDestinations: DestinationProvider = async () => [];

export const NO_DESTINATION_MESSAGE =
  'No digest destination is configured, so nothing was posted. Set DIGEST_SLACK_CHANNEL to a channel id (with SLACK_BOT_TOKEN), ' +
  'or ask for the digest in a Teams conversation; `ingest-advisor digest` prints it here instead.';
