import type { RegistryDb } from '../registry/registry-db.js';
import { healthJson } from '../registry/health-json.js';
import { inReadTransaction } from '../registry/transactions.js';
import { streamsWithRuns, type SyncedStream } from '../registry/org-streams.js';
import { lastRowsBefore, latestRuns, recentRuns, type ObservedRun } from '../registry/stream-runs.js';
import { askRef } from './ask-ref.js';
import { judgeLanding, type LandingFinding } from './judge.js';
import { landingLine } from './line.js';
import { NOT_LANDING_ORDER, type NotLandingReason } from './reasons.js';

/** A stream whose data stopped arriving, with what was seen. */
export interface NotLandingStream {
  name: string;
  connector: string | null;
  owner: string | null;
  reason: NotLandingReason;
  finding: LandingFinding;
  /** Its latest observed run. */
  latest: ObservedRun;
  /** The one line for people: what was seen. */
  line: string;
  /** The knowledge section (`doc#section`) to ask the advisor about it. */
  ask: string;
}

const rank = (reason: NotLandingReason): number => NOT_LANDING_ORDER.indexOf(reason);
const byName = (a: string, b: string): number => a.toLowerCase().localeCompare(b.toLowerCase()) || (a < b ? -1 : a > b ? 1 : 0);

/** Every stream in use that is not landing at `asOf`, worst reason first, then by name. */
export async function findNotLanding(db: RegistryDb, asOf: Date): Promise<NotLandingStream[]> {
  // One snapshot: the latest runs and the history behind them agree.
  const found = await inReadTransaction(db, async (trx) => {
    const latest = await latestRuns(trx);
    const judgedStreams: NotLandingStream[] = [];
    for (const stream of await streamsWithRuns(trx)) {
      const run = latest.get(stream.id);
      const notLanding = run ? await streamNotLanding(trx, stream, run, asOf) : null;
      if (notLanding) judgedStreams.push(notLanding);
    }
    return judgedStreams;
  });
  return found.sort((a, b) => rank(a.reason) - rank(b.reason) || byName(a.name, b.name));
}

/** Whether one stream, whose latest observed run is `latest`, is landing at `asOf`: null when it is. */
export async function streamNotLanding(db: RegistryDb, stream: SyncedStream, latest: ObservedRun, asOf: Date): Promise<NotLandingStream | null> {
  const finding = await judgeLanding(
    { latest, schedule: stream.description.schedule, lastTwo: () => recentRuns(db, stream.id, 2), rowsBefore: (before) => lastRowsBefore(db, stream.id, before) },
    asOf,
  );
  if (!finding) return null;
  const { name, connector, owner } = stream;
  return { name, connector, owner, reason: finding.reason, finding, latest, line: landingLine(finding, latest), ask: askRef(finding.reason, latest.errorCode) };
}

/** One entry of `digest --json`'s `notLanding`. */
export interface NotLandingJson {
  stream: string;
  reason: NotLandingReason;
  lastRefresh: string;
  lastRunStatus: string | null;
  rowsAdded: number | null;
  errorCode: string | null;
}

export function notLandingJson(stream: NotLandingStream): NotLandingJson {
  return { stream: stream.name, reason: stream.reason, ...healthJson(stream.latest)! };
}
