import {
  API_PATTERNS,
  CATEGORIES,
  CONNECTORS,
  DATA_SHAPES,
  DECISION_FRESHNESS,
  DELETE_STORIES,
  REFRESH_MODES,
  SCHEDULES,
  USES,
  type InputKey,
} from './stream-description.js';
import type { FollowUpQuestion } from './types.js';

export const INPUT_GROUPS = ['Source', 'Landing', 'Freshness and volume', 'Downstream use', 'Operations'] as const;
export type InputGroup = (typeof INPUT_GROUPS)[number];

/** How a value is written: chat forms pick a widget from it, the schema a parser. */
export type InputKind = 'text' | 'choice' | 'flag' | 'count' | 'text-list' | 'use-list';

export interface InputSpec {
  key: InputKey;
  label: string;
  group: InputGroup;
  /** What the key means, in the spec's words. */
  help: string;
  kind: InputKind;
  /** The allowed values of a `choice` or `use-list` (the latter also takes `other:TEXT`). */
  values?: readonly string[];
  required: boolean;
  /** How a chat flow asks for it. */
  question: string;
}

const FLAG_VALUES = ['true', 'false'] as const;

/**
 * Every input of a stream description, in the spec's order: the one list that chat forms,
 * `help` and follow-up questions are built from.
 */
export const INPUT_CATALOGUE: readonly InputSpec[] = [
  { key: 'name', label: 'Stream name', group: 'Source', kind: 'text', required: true, help: "the Data Stream's name", question: 'What is the Data Stream called?' },
  { key: 'connector', label: 'Connector', group: 'Source', kind: 'choice', values: CONNECTORS, required: true, help: 'where it ingests from', question: 'Which connector does it ingest through?' },
  { key: 'apiPattern', label: 'Ingestion API pattern', group: 'Source', kind: 'choice', values: API_PATTERNS, required: false, help: 'Ingestion API only: streaming micro-batches or bulk jobs', question: 'Does it use the Ingestion API in streaming or bulk?' },
  { key: 'sourceSystem', label: 'Source system', group: 'Source', kind: 'text', required: false, help: 'the system the data really comes from (e.g. salesforce, s3, sap)', question: 'Which system does the data really come from (e.g. salesforce, s3, sap)?' },
  { key: 'category', label: 'Category', group: 'Landing', kind: 'choice', values: CATEGORIES, required: true, help: 'the stream category (cannot be changed once the stream is saved)', question: 'Which category is the stream: profile, engagement or other?' },
  { key: 'dataShape', label: 'Data shape', group: 'Landing', kind: 'choice', values: DATA_SHAPES, required: false, help: 'entity: one row per person/account/thing; event: one row per thing that happened (time series); reference: a small lookup table', question: 'Is each row a person, account or thing (entity), something that happened (event), or a row of a small lookup table (reference)?' },
  { key: 'eventTimeField', label: 'Event time field', group: 'Landing', kind: 'text', required: false, help: 'the event date-time field (Engagement streams; cannot be changed once saved)', question: 'Which date-time field says when each event happened?' },
  { key: 'refreshMode', label: 'Refresh mode', group: 'Landing', kind: 'choice', values: REFRESH_MODES, required: true, help: 'how each run reconciles with what already landed', question: 'Which refresh mode: full-refresh, upsert or incremental?' },
  { key: 'primaryKey', label: 'Primary key', group: 'Landing', kind: 'text-list', required: false, help: 'the key field(s), comma-separated for a composite key', question: 'Which field (or fields) identify one row?' },
  { key: 'keyUnique', label: 'Key checked unique', group: 'Landing', kind: 'flag', values: FLAG_VALUES, required: false, help: 'true once someone has checked that the distinct count of the key equals the row count; omitted means nobody has checked', question: 'Has someone checked that the primary key is unique (distinct count equals row count)?' },
  { key: 'deletes', label: 'Delete story', group: 'Landing', kind: 'choice', values: DELETE_STORIES, required: false, help: 'how records deleted in the source are removed from Data 360', question: 'How do records deleted in the source get removed from Data 360?' },
  { key: 'schedule', label: 'Schedule', group: 'Freshness and volume', kind: 'choice', values: SCHEDULES, required: false, help: 'how often data lands (live: zero-copy query, nothing lands)', question: 'How often does data land?' },
  { key: 'decisionFreshness', label: 'Decision freshness', group: 'Freshness and volume', kind: 'choice', values: DECISION_FRESHNESS, required: false, help: 'how stale the freshest downstream decision that reads this data may be', question: 'How fresh must the data be for the freshest decision that reads it?' },
  { key: 'sourceRows', label: 'Rows in the source', group: 'Freshness and volume', kind: 'count', required: false, help: 'rows in the source (a whole number; 60,000,000 and 60_000_000 are fine)', question: 'How many rows does the source hold?' },
  { key: 'changedRowsPerRun', label: 'Changed rows per run', group: 'Freshness and volume', kind: 'count', required: false, help: 'rows that change between runs', question: 'How many rows change between two runs?' },
  { key: 'uses', label: 'Downstream uses', group: 'Downstream use', kind: 'use-list', values: USES, required: false, help: 'who reads it downstream (comma-separated; other:TEXT for anything else)', question: 'What reads this data downstream?' },
  { key: 'fields', label: 'Fields ingested', group: 'Downstream use', kind: 'count', required: false, help: 'fields ingested', question: 'How many fields does the stream ingest?' },
  { key: 'mappedFields', label: 'Fields mapped', group: 'Downstream use', kind: 'count', required: false, help: 'fields mapped to DMOs', question: 'How many of those fields are mapped to DMOs?' },
  { key: 'owner', label: 'Owner', group: 'Operations', kind: 'text', required: false, help: 'who is told when it breaks', question: 'Who is told when this stream breaks?' },
  { key: 'alerting', label: 'Alerting', group: 'Operations', kind: 'flag', values: FLAG_VALUES, required: false, help: 'an alert on failed runs and on zero-row runs exists', question: 'Is there an alert on failed runs and on runs that bring zero rows?' },
  { key: 'schemaDefined', label: 'Schema defined', group: 'Operations', kind: 'flag', values: FLAG_VALUES, required: false, help: 'Ingestion API: the connector and schema already exist in the org', question: 'Do the Ingestion API connector and its schema already exist in the org?' },
  { key: 'costApproved', label: 'Cost approved', group: 'Operations', kind: 'flag', values: FLAG_VALUES, required: false, help: "someone signed off on a large full refresh's cost", question: "Has someone signed off on this full refresh's cost?" },
];

const BY_KEY = new Map(INPUT_CATALOGUE.map((spec) => [spec.key, spec]));

export function inputSpec(key: InputKey): InputSpec {
  const spec = BY_KEY.get(key);
  // The catalogue lists every key of StreamDescription; a test keeps it that way.
  if (!spec) throw new Error(`No catalogue entry for ${key}`);
  return spec;
}

export const INPUT_KEYS: readonly InputKey[] = INPUT_CATALOGUE.map((spec) => spec.key);

/** The catalogue's question for a key, with its allowed values as the choices where it has them. */
export function questionFor(key: InputKey): FollowUpQuestion {
  const spec = inputSpec(key);
  return spec.values ? { key, question: spec.question, choices: [...spec.values] } : { key, question: spec.question };
}
