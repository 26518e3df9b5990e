import { CONNECTOR_CAPABILITIES, freshestSchedule } from '../connectors.js';
import { scheduleMeeting, scheduleRank, within } from '../freshness-levels.js';
import type { Connector, DecisionFreshness, Schedule, StreamDescription } from '../stream-description.js';
import { setting } from '../wording.js';

/** The connector table's caveat for this schedule and decision, as a sentence to append, or ''. */
export function caveatFor(connector: Connector, schedule: Schedule, decision: DecisionFreshness | undefined): string {
  const note = CONNECTOR_CAPABILITIES[connector].freshnessCaveat;
  if (!note) return '';
  const applies = note.when === 'always' || (note.when === 'realtime-decision' ? decision === 'realtime' : schedule === 'streaming');
  return applies ? ` Note: ${note.text}.` : '';
}

/** Can this stream's connector (and Ingestion API pattern) land as often as the decision needs? */
function connectorCanMeet(stream: StreamDescription, decision: DecisionFreshness): boolean {
  return scheduleRank(freshestSchedule(stream.connector, stream.apiPattern)) <= scheduleRank(scheduleMeeting(decision));
}

/** The paths that can land data this fresh, for a stream whose connector cannot. */
function otherPaths(decision: DecisionFreshness): string {
  const paths = [
    'the Ingestion API with apiPattern=streaming',
    'the Web or Mobile SDK for web and app events (minutes, not seconds)',
    'the salesforce-crm connector in streaming mode for eligible CRM objects',
  ];
  if (decision !== 'realtime') paths.push(`a ${scheduleMeeting(decision)} schedule on a zero-copy connector`);
  return paths.join(', or ');
}

/**
 * The fix for data that lands after the decision that needs it: the cheapest change that
 * meets it, naming the setting to write.
 */
export function pathToMeet(stream: StreamDescription, decision: DecisionFreshness): string {
  const needed = scheduleMeeting(decision);
  const capability = CONNECTOR_CAPABILITIES[stream.connector];
  if (capability.zeroCopy && decision === 'realtime') {
    return `Query it in place with ${setting('schedule', 'live')} (zero copy, as fresh as the source).`;
  }
  if (connectorCanMeet(stream, decision)) {
    const freshest = freshestSchedule(stream.connector, stream.apiPattern);
    const target = needed === 'streaming' ? setting('schedule', needed) : `${setting('schedule', needed)} or fresher`;
    return `Set ${target} (${stream.connector} can run as often as ${freshest}).${caveatFor(stream.connector, needed, decision)}`;
  }
  if (stream.connector === 'ingestion-api') {
    return `Send it with ${setting('apiPattern', 'streaming')} (bulk jobs land at best hourly) and ${setting('schedule', needed)}.`;
  }
  return `${stream.connector} cannot land data ${within(decision)}: land it through ${otherPaths(decision)}.`;
}
