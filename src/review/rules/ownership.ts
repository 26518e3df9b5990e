import type { StreamDescription } from '../stream-description.js';
import { decide, fail, type Finding, type Rule, type RuleOutcome } from './rule.js';

function owner(stream: StreamDescription): Finding | undefined {
  if (stream.owner) return undefined;
  return fail('No owner: when the stream breaks, nobody is told.', 'Set owner to the person or team who answers for this stream.');
}

function alerting(stream: StreamDescription): Finding | undefined {
  if (stream.alerting) return undefined;
  const stated = stream.alerting === false ? 'alerting=false' : 'No alerting is stated (alerting is not given)';
  return fail(
    `${stated}: expired credentials show up as a stream that quietly stops bringing rows, not as an error.`,
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
