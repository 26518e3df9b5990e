import { OrgRefusedError, salesforceSays } from '../salesforce/org-errors.js';
import { OrgApiError, type OrgSession } from '../salesforce/org-session.js';
import { readConnectStreams } from './connect-streams.js';
import type { OrgStream, SourceReading } from './org-stream.js';
import { readDataStreamRecords } from './soql-streams.js';

/** Everything one sync read of the org: each stream once, and what people should know about the reading. */
export interface OrgSnapshot {
  instanceUrl: string;
  streams: OrgStream[];
  notes: string[];
}

type Attempt = { reading: SourceReading } | { unavailable: string };

/** A source the org does not offer to this user (or at all) is skipped with a note; anything else stops the sync. */
async function attempt(read: () => Promise<SourceReading>, isUnavailable: (error: OrgApiError) => boolean): Promise<Attempt> {
  try {
    return { reading: await read() };
  } catch (error) {
    if (error instanceof OrgApiError && isUnavailable(error)) return { unavailable: `HTTP ${error.status}, ${salesforceSays(error.errorCode, error.said)}` };
    throw error;
  }
}

/**
 * Reads the Connect API's data streams (configuration) and the DataStream query (run health).
 * Either may be missing for this user or org (403/404, or INVALID_TYPE for the query): the sync
 * goes on with the other and says so once. Neither is a configuration problem to fix.
 */
export async function readOrg(session: OrgSession): Promise<OrgSnapshot> {
  const connect = await attempt(() => readConnectStreams(session), (e) => e.status === 403 || e.status === 404);
  const query = await attempt(() => readDataStreamRecords(session), (e) => e.status === 403 || e.status === 404 || e.errorCode === 'INVALID_TYPE');
  if ('unavailable' in connect && 'unavailable' in query) {
    throw new OrgRefusedError(
      `The org offers neither the Data 360 data streams resource (${connect.unavailable}) nor the DataStream object (${query.unavailable}). ` +
        'Check that the org has Data 360 and that the user the app runs as has a Data 360 permission set (see the README, "Connecting to Data 360").',
    );
  }
  const notes: string[] = [];
  if ('unavailable' in connect) notes.push(`The Connect API's data streams resource was not available (${connect.unavailable}): streams were read from the DataStream query alone, without connector, category or event time field.`);
  if ('unavailable' in query) notes.push(`The DataStream query was not available (${query.unavailable}): no run health was read, so no stream can show as not landing.`);
  const connectStreams = 'reading' in connect ? connect.reading : { streams: [], notes: [] };
  const queryStreams = 'reading' in query ? query.reading : { streams: [], notes: [] };
  notes.push(...connectStreams.notes, ...queryStreams.notes);
  return { instanceUrl: session.instanceUrl, streams: combine(connectStreams.streams, queryStreams.streams), notes };
}

/** One stream per name: the Connect API's configuration, the query's run health, and its refresh settings where the Connect API has none. */
function combine(configured: readonly OrgStream[], queried: readonly OrgStream[]): OrgStream[] {
  const byName = new Map<string, OrgStream>();
  for (const stream of configured) byName.set(stream.name, { ...byName.get(stream.name), ...definedFields(stream) });
  for (const stream of queried) {
    const known = byName.get(stream.name);
    byName.set(stream.name, known ? { ...known, streamStatus: stream.streamStatus, run: stream.run, refreshMode: known.refreshMode ?? stream.refreshMode, frequency: known.frequency ?? stream.frequency } : stream);
  }
  return [...byName.values()];
}

function definedFields(stream: OrgStream): OrgStream {
  return Object.fromEntries(Object.entries(stream).filter(([, value]) => value !== undefined)) as unknown as OrgStream;
}
