import { findNotLanding, type NotLandingStream } from '../landing/not-landing.js';
import type { RegistryDb } from '../registry/open-registry.js';
import { changedKeys, reviewRules } from '../registry/review-details.js';
import { findUnchecked, type UncheckedReport } from '../registry/unchecked.js';
import { buildDigest, type DigestOptions } from './build-digest.js';
import type { DigestDetails } from './lines.js';
import type { Digest } from './model.js';

export interface LoadedDigest {
  /** Every unchecked stream (what `digest --json` prints). */
  report: UncheckedReport;
  /** Every stream not landing, worst first (`digest --json`'s `notLanding`). */
  notLanding: NotLandingStream[];
  /** The cut, platform-neutral model (what is rendered and posted). */
  digest: Digest;
}

export function loadDigest(db: RegistryDb, asOf: Date, options: DigestOptions & { maxAgeDays: number }): LoadedDigest {
  const report = findUnchecked(db, asOf, options.maxAgeDays);
  const notLanding = findNotLanding(db, asOf);
  return { report, notLanding, digest: buildDigest(report, registryDetails(db), options, notLanding) };
}

export function registryDetails(db: RegistryDb): DigestDetails {
  return {
    problemRules: (reviewId, verdict) => reviewRules(db, reviewId, verdict === 'needs-info' ? ['needs-info'] : ['fail']).map((rule) => rule.title),
    changedKeys: (reviewId) => changedKeys(db, reviewId),
  };
}
