import type { StreamDescription } from '../stream-description.js';
import { count, setting } from '../wording.js';
import { ask, decide, fail, needsInfo, notApplicable, warn, type Finding, type Rule, type RuleContext, type RuleOutcome } from './rule.js';

function schema(stream: StreamDescription): Finding | undefined {
  if (stream.schemaDefined) return undefined;
  if (stream.schemaDefined === undefined) {
    const question = 'Do the Ingestion API connector and its schema already exist in the org? Both must exist before the first record is sent.';
    return needsInfo([ask('schemaDefined', { question })]);
  }
  return fail(
    'schemaDefined=false: the Ingestion API connector and its schema must exist in the org before the first record is sent.',
    'Create the Ingestion API connector in Data Cloud Setup and upload its OpenAPI schema (objects and fields cannot be removed once uploaded), then set schemaDefined=true.',
  );
}

function volume(stream: StreamDescription, limit: number): Finding | undefined {
  const changed = stream.changedRowsPerRun;
  if (stream.apiPattern !== 'streaming' || changed === undefined || changed <= limit) return undefined;
  return warn(
    `apiPattern=streaming with ${count(changed)} changed rows a run: above ${count(limit)}, large loads and backfills belong in bulk jobs (a streaming request carries at most 200 KB).`,
    `Send large loads and backfills as bulk jobs (${setting('apiPattern', 'bulk')}, CSV files up to 150 MB) and keep streaming for small, frequent changes.`,
  );
}

function evaluate(stream: StreamDescription, { thresholds }: RuleContext): RuleOutcome {
  if (stream.connector !== 'ingestion-api') return notApplicable(`${setting('connector', stream.connector)}: not an Ingestion API stream.`);
  const pattern = stream.apiPattern === undefined ? needsInfo(['apiPattern']) : volume(stream, thresholds.streamingChangedRowsPerRun);
  return decide([pattern, schema(stream)], `${setting('apiPattern', stream.apiPattern ?? '')} with the connector and schema in place.`);
}

export const apiFit: Rule = {
  id: 'api-fit',
  title: 'The Ingestion API is set up and used in the right pattern',
  refs: ['ingestion-api'],
  evaluate,
};
