import type { RefreshMode, StreamDescription } from '../stream-description.js';
import { keyFields, setting } from '../wording.js';
import { ask, decide, fail, needsInfo, warn, type Finding, type Rule, type RuleOutcome } from './rule.js';

// Folded (lower case, no `-` or `_`), so ContactId, CONTACT_ID and contact-id all match.
const PERSON_OR_ACCOUNT_IDS = new Set([
  'contactid',
  'customerid',
  'email',
  'individualid',
  'accountid',
  'leadid',
  'subscriberkey',
  'userid',
]);

const fold = (field: string): string => field.toLowerCase().replace(/[-_\s]/g, '');

function uniqueness(stream: StreamDescription, key: string): Finding | undefined {
  const proveIt = `Prove it: in the source, count(*) must equal count(distinct ${key}); if it does not, add the field that separates the duplicates (a formula field can build a composite key), then set ${setting('keyUnique', true)}.`;
  if (stream.keyUnique === undefined) {
    return warn(`Nobody has checked that primaryKey ${key} is unique (keyUnique is not given).`, proveIt);
  }
  if (stream.keyUnique) return undefined;
  if (stream.refreshMode === 'full-refresh') {
    return warn(`primaryKey ${key} is not unique (keyUnique=false): a full refresh reloads every row, but mapping, identity resolution and any later switch to upsert rely on the key.`, proveIt);
  }
  return fail(`primaryKey ${key} is not unique (keyUnique=false), so with ${setting('refreshMode', stream.refreshMode)} records sharing a key overwrite each other silently.`, proveIt);
}

function personKeyOnEvents(stream: StreamDescription, fields: readonly string[]): Finding | undefined {
  if (stream.dataShape !== 'event' || !fields.every((field) => PERSON_OR_ACCOUNT_IDS.has(fold(field)))) return undefined;
  const time = stream.eventTimeField ? ` or ${keyFields([...fields, stream.eventTimeField])}` : '';
  return warn(
    `dataShape=event, but primaryKey ${keyFields(fields)} only identifies a person or account: every event of the same person overwrites the one before.`,
    `Key each event on its own id (e.g. event_id${time}).`,
  );
}

/** Why this stream's refresh mode needs the key, in its own terms: "keyed on it" is said of upsert alone. */
const WHY_A_KEY: Readonly<Record<RefreshMode, string>> = {
  upsert: 'upsert is keyed on it (a row whose key matches is updated, any other is inserted)',
  incremental: 'each incremental run updates the rows whose key matches',
  'full-refresh': 'a full refresh reloads every row, but mapping, identity resolution and any later switch to upsert rely on it',
};

function askForKey(stream: StreamDescription): Finding {
  const question = `Which field (or fields) identify one row? Every Data Stream needs a primary key, and ${WHY_A_KEY[stream.refreshMode]}.`;
  return needsInfo(
    [ask('primaryKey', { question })],
    'Name the field(s) that identify one row, e.g. primaryKey=order_id; if no single field is unique, build a composite key with a formula field.',
  );
}

function evaluate(stream: StreamDescription): RuleOutcome {
  const fields = stream.primaryKey ?? [];
  // Uniqueness is a property of a named key, so nothing about it is proven until one is named.
  if (fields.length === 0) return askForKey(stream);
  const key = keyFields(fields);
  return decide([uniqueness(stream, key), personKeyOnEvents(stream, fields)], `primaryKey ${key} is checked unique (keyUnique=true).`);
}

export const key: Rule = {
  id: 'key',
  title: 'A named key that is really unique',
  refs: ['gotchas#non-unique-key', 'refresh-modes'],
  evaluate,
};
