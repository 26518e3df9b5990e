import type { PartialStreamDescription } from '../review/stream-description.js';
import { readConnectorType } from './connector-type.js';
import { readCategory, readRefreshMode, readSchedule, type Reading } from './refresh-values.js';

/** What the org (its API, or its metadata) says of one stream, as raw text; any of it may be missing. */
export interface OrgFacts {
  name: string;
  connectorType?: string | undefined;
  category?: string | undefined;
  eventTimeField?: string | undefined;
  refreshMode?: string | undefined;
  frequency?: string | undefined;
}

/** A value the advisor does not know: kept as it was in the registry (or as the source system), and shown. */
export interface UnknownValue {
  stream: string;
  field: string;
  value: string;
}

/** The description keys the org can tell, mapped onto the review's values. */
export interface OrgDescription {
  told: PartialStreamDescription & { name: string };
  /** The org says the stream runs on no schedule (frequency NONE). */
  noSchedule: boolean;
  unknown: UnknownValue[];
}

/** Maps what the org says onto the review's keys; what it cannot tell is left out, never guessed. */
export function describeFromOrg(facts: OrgFacts): OrgDescription {
  const told: OrgDescription['told'] = { name: facts.name };
  const unknown: UnknownValue[] = [];
  const note = (field: string, value: string) => unknown.push({ stream: facts.name, field, value });
  const take = <T>(field: string, raw: string | undefined, read: (raw: string) => Reading<T>): T | undefined => {
    if (raw === undefined) return undefined;
    const reading = read(raw);
    if ('unknown' in reading) note(field, reading.unknown);
    return 'value' in reading ? reading.value : undefined;
  };
  if (facts.connectorType !== undefined) {
    const reading = readConnectorType(facts.connectorType);
    told.connector = reading.connector;
    if (!reading.known) {
      told.sourceSystem = reading.sourceSystem;
      note('connectorType', reading.sourceSystem);
    }
  }
  const category = take('category', facts.category, readCategory);
  if (category) told.category = category;
  if (facts.eventTimeField !== undefined) told.eventTimeField = facts.eventTimeField;
  const refreshMode = take('refreshMode', facts.refreshMode, readRefreshMode);
  if (refreshMode) told.refreshMode = refreshMode;
  const schedule = take('frequency', facts.frequency, readSchedule);
  if (schedule) told.schedule = schedule;
  const noSchedule = facts.frequency !== undefined && 'none' in readSchedule(facts.frequency);
  return { told, noSchedule, unknown };
}
