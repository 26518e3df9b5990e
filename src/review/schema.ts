import { z } from 'zod';
import { InputError } from '../errors.js';
import { summariseIssues, toStreamIssues } from './schema/issues.js';
import { optionalField, requiredField } from './schema/field.js';
import { parseChoice, parseCount, parseFlag, parseText, parseTextList, parseUseList } from './schema/values.js';
import {
  API_PATTERNS,
  CATEGORIES,
  CONNECTORS,
  DATA_SHAPES,
  DECISION_FRESHNESS,
  DELETE_STORIES,
  REFRESH_MODES,
  SCHEDULES,
  type PartialStreamDescription,
  type StreamDescription,
} from './stream-description.js';

const choice =
  <T extends string>(allowed: readonly T[]) =>
  (key: string, input: unknown) =>
    parseChoice(key, allowed, input);

/** Every key of the spec's input table; `.strict()` so a misspelled key is an error, never ignored. */
export const streamDescriptionSchema = z.strictObject({
  name: requiredField('name', parseText),
  connector: requiredField('connector', choice(CONNECTORS)),
  apiPattern: optionalField('apiPattern', choice(API_PATTERNS)),
  sourceSystem: optionalField('sourceSystem', parseText),
  category: requiredField('category', choice(CATEGORIES)),
  dataShape: optionalField('dataShape', choice(DATA_SHAPES)),
  eventTimeField: optionalField('eventTimeField', parseText),
  refreshMode: requiredField('refreshMode', choice(REFRESH_MODES)),
  primaryKey: optionalField('primaryKey', parseTextList),
  keyUnique: optionalField('keyUnique', parseFlag),
  deletes: optionalField('deletes', choice(DELETE_STORIES)),
  schedule: optionalField('schedule', choice(SCHEDULES)),
  decisionFreshness: optionalField('decisionFreshness', choice(DECISION_FRESHNESS)),
  sourceRows: optionalField('sourceRows', parseCount),
  changedRowsPerRun: optionalField('changedRowsPerRun', parseCount),
  uses: optionalField('uses', parseUseList),
  fields: optionalField('fields', parseCount),
  mappedFields: optionalField('mappedFields', parseCount),
  owner: optionalField('owner', parseText),
  alerting: optionalField('alerting', parseFlag),
  schemaDefined: optionalField('schemaDefined', parseFlag),
  costApproved: optionalField('costApproved', parseFlag),
}) satisfies z.ZodType<StreamDescription>;

const partialSchema = streamDescriptionSchema.partial() satisfies z.ZodType<PartialStreamDescription>;

function fail(error: z.ZodError, value: unknown, prefix: readonly PropertyKey[]): never {
  const issues = toStreamIssues(error, value, prefix);
  throw new InputError(summariseIssues(issues), issues);
}

/**
 * Validates a stream description from any source (file, inline words, a chat form).
 * Throws `InputError` naming each bad key, its value and the allowed values.
 */
export function parseStreamDescription(value: unknown, path: readonly PropertyKey[] = []): StreamDescription {
  const result = streamDescriptionSchema.safeParse(value);
  if (!result.success) fail(result.error, value, path);
  return result.data;
}

/** The same checks with every key optional, for a chat flow that is still asking. */
export function parsePartialStreamDescription(value: unknown): PartialStreamDescription {
  const result = partialSchema.safeParse(value);
  if (!result.success) fail(result.error, value, []);
  return result.data;
}
