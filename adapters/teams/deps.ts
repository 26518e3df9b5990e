import type { Advisor } from '../../src/answer/advisor.js';
import type { DigestConfig } from '../../src/config/digest-config.js';
import type { Logger } from '../../src/logging/logger.js';
import type { RegistryDb } from '../../src/registry/registry-db.js';
import type { ReviewOptions } from '../../src/review/engine.js';
import type { Policy } from '../../src/review/policy/policy.js';
import { refRenderer, type RefRenderer } from './cards/refs.js';

/** What the Teams handlers share: built once by `createTeamsApp`. */
export interface TeamsDeps {
  db: RegistryDb;
  advisor: Advisor;
  logger: Logger;
  now: () => Date;
  docsBaseUrl: string | null;
  /** INGEST_REVIEW_POLICY, read at start-up: chat reviews follow the same team policy as the CLI. */
  policy: Policy | undefined;
  /** When the digest goes out, to tell a conversation that subscribes. */
  digest: Pick<DigestConfig, 'cron' | 'timeZone'>;
  /** The Microsoft App ID conversations are stored under ('' in local mode). */
  appId: string;
  /** How long a claimed activity keeps a redelivery of it off before it counts as abandoned. */
  eventLeaseMs: number;
  /** REVIEW_MAX_AGE_DAYS, for the review state `status STREAM` shows. */
  maxAgeDays: number;
}

export function reviewOptions(deps: TeamsDeps): ReviewOptions {
  return deps.policy ? { policy: deps.policy, now: deps.now() } : { now: deps.now() };
}

export function refsOf(deps: TeamsDeps): RefRenderer {
  return refRenderer(deps.advisor, deps.docsBaseUrl);
}
