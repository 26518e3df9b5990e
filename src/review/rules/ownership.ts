import type { StreamDescription } from '../stream-description.js';
import { ask, decide, fail, needsInfo, type Finding, type Rule, type RuleOutcome } from './rule.js';

const SILENT = 'expired credentials show up as a stream that quietly stops bringing rows, not as an error';

function owner(stream: StreamDescription): Finding | undefined {
  if (stream.owner) return undefined;
  return needsInfo([ask('owner', { question: 'Who is told when this stream breaks (a watched team alias rather than one person)?' })]);
}

function alerting(stream: StreamDescription): Finding | undefined {
  if (stream.alerting) return undefined;
  if (stream.alerting === undefined) {
    return needsInfo([ask('alerting', { question: `Is there an alert on failed runs and on runs that bring zero rows? Without one, ${SILENT}.` })]);
  }
  return fail(
    `alerting=false: ${SILENT}.`,
    `Add an alert on failed runs and on runs that bring zero rows, sent to ${stream.owner ?? 'the owner'}; then set alerting=true.`,
  );
}

function evaluate(stream: StreamDescription): RuleOutcome {
  return decide([owner(stream), alerting(stream)], `${stream.owner} is alerted on failed runs and on zero-row runs.`);
}

export const ownership: Rule = {
  id: 'ownership',
  title: 'Someone hears about a silent failure',
  refs: ['gotchas#silent-auth-loss', 'style-guide'],
  evaluate,
};
