import type { StreamDescription } from '../stream-description.js';
import { setting } from '../wording.js';
import { ask, decide, fail, needsInfo, warn, type Finding, type Rule, type RuleOutcome } from './rule.js';

const PERMANENT = "The category (and an Engagement stream's event time field) cannot be changed once the stream is saved.";
const AS_ENGAGEMENT = 'Create it as category=engagement with eventTimeField set to a date that never changes (the event or created date); an existing stream must be deleted and recreated.';

function eventTime(stream: StreamDescription): Finding | undefined {
  if (stream.category !== 'engagement' || stream.eventTimeField) return undefined;
  const question = 'Which date-time field says when each event happened? An Engagement stream needs one, and it should be a date that never changes (the event or created date).';
  return needsInfo([ask('eventTimeField', { question })], 'Set eventTimeField to a date that never changes (the event or created date) before the stream is saved.');
}

function shapeFit(stream: StreamDescription): Finding | undefined {
  const { dataShape, category } = stream;
  const pair = `${setting('dataShape', dataShape ?? '')} in a ${setting('category', category)} stream`;
  if (dataShape === 'event' && category === 'profile') {
    return fail(`${pair}: a Profile stream keeps one row per key, so the time series of events never exists.`, AS_ENGAGEMENT);
  }
  if (dataShape === 'entity' && category === 'engagement') {
    return fail(`${pair}: people, accounts and things are not events in time.`, 'Create it as category=profile (or category=other for descriptive data); an existing stream must be deleted and recreated.');
  }
  if (dataShape === 'event' && category === 'other') {
    return warn(`${pair}: events outside an Engagement stream cannot be segmented on by when they happened.`, AS_ENGAGEMENT);
  }
  if (dataShape === 'reference' && category === 'profile') {
    return warn(`${pair}: a lookup table is not a list of people or things to segment, unify or enrich.`, 'Create it as category=other; an existing stream must be deleted and recreated.');
  }
  return undefined;
}

function evaluate(stream: StreamDescription): RuleOutcome {
  const shape = stream.dataShape === undefined ? needsInfo(['dataShape']) : shapeFit(stream);
  const time = stream.eventTimeField ? ` (eventTimeField ${stream.eventTimeField})` : '';
  const outcome = decide([shape, eventTime(stream)], `${setting('dataShape', stream.dataShape ?? '')} fits ${setting('category', stream.category)}${time}.`);
  return outcome.status === 'pass' ? outcome : { ...outcome, message: `${outcome.message} ${PERMANENT}` };
}

export const category: Rule = {
  id: 'category',
  title: "The category fits the data's shape",
  refs: ['gotchas#event-as-profile', 'data-streams'],
  evaluate,
};
