import type { StreamDescription } from '../stream-description.js';
import { count, listWords } from '../wording.js';
import { ask, decide, fail, needsInfo, warn, type Finding, type Rule, type RuleOutcome } from './rule.js';

function bloat(stream: StreamDescription): Finding | undefined {
  const { fields, mappedFields } = stream;
  if (fields === undefined || mappedFields === undefined || mappedFields * 2 >= fields) return undefined;
  const unused = fields - mappedFields;
  return warn(
    `Only ${count(mappedFields)} of ${count(fields)} fields are mapped to DMOs: the DLO bloats with ${count(unused)} fields nobody maps.`,
    `Ingest only the fields that are mapped or planned (drop the other ${count(unused)} from the stream before it ships; DLO fields cannot be deleted later).`,
  );
}

function evaluate(stream: StreamDescription): RuleOutcome {
  const { uses } = stream;
  if (uses === undefined) {
    const question = 'What reads this data downstream? Data that nothing reads should not be landed just in case.';
    return needsInfo([ask('uses', { question })], 'Name who reads it (e.g. uses=segmentation,activation), or uses=none if nothing does yet.');
  }
  if (uses.length === 0) {
    return fail(
      'No downstream use (uses is none, or an empty list): nothing reads this stream, so it would land data just in case.',
      'Name who reads it (e.g. uses=segmentation,activation), or do not ingest it until someone does.',
    );
  }
  const mapped = stream.fields !== undefined && stream.mappedFields !== undefined ? ` (${count(stream.mappedFields)} of ${count(stream.fields)} fields mapped)` : '';
  return decide([bloat(stream)], `Read downstream by ${listWords(uses)}${mapped}.`);
}

export const use: Rule = {
  id: 'use',
  title: 'Ingest is reconciled against use',
  refs: ['gotchas#dlo-bloat', 'lifecycle'],
  evaluate,
};
