import { CONNECTOR_CAPABILITIES, freshestSchedule } from '../connectors.js';
import { rankOf, scheduleMeeting, scheduleRank, within, type LandingSchedule } from '../freshness-levels.js';
import type { DecisionFreshness, StreamDescription } from '../stream-description.js';
import { setting } from '../wording.js';
import { caveatFor, pathToMeet } from './freshness-paths.js';
import { decide, fail, missingOf, needsInfo, pass, warn, type Finding, type Rule, type RuleContext, type RuleOutcome } from './rule.js';

const ZERO_COPY = 'snowflake, bigquery, databricks or redshift';

function live(stream: StreamDescription): RuleOutcome {
  if (CONNECTOR_CAPABILITIES[stream.connector].zeroCopy) {
    return pass(`${setting('schedule', 'live')}: ${stream.connector} is queried in place (zero copy), so the data is as fresh as the source.`);
  }
  const fix = stream.decisionFreshness ? pathToMeet(stream, stream.decisionFreshness) : `Pick a schedule ${stream.connector} can run (as often as ${freshestSchedule(stream.connector, stream.apiPattern)}), or query the data in place from ${ZERO_COPY}.`;
  return fail(`${setting('schedule', 'live')} needs a zero-copy connector (${ZERO_COPY}); ${stream.connector} copies data in, so nothing would ever land.`, fix);
}

function cannotRun(stream: StreamDescription, schedule: LandingSchedule): Finding | undefined {
  const freshest = freshestSchedule(stream.connector, stream.apiPattern);
  if (scheduleRank(schedule) >= scheduleRank(freshest)) return undefined;
  const connector = stream.connector === 'ingestion-api' ? `the Ingestion API with ${setting('apiPattern', 'bulk')}` : stream.connector;
  const fix = stream.decisionFreshness ? pathToMeet(stream, stream.decisionFreshness) : `Set ${setting('schedule', freshest)} or staler, or land it through a path that streams.`;
  return fail(`${connector} cannot run ${setting('schedule', schedule)}: the freshest it can land is ${freshest}.`, fix);
}

function tooStale(stream: StreamDescription, schedule: LandingSchedule, decision: DecisionFreshness): Finding | undefined {
  if (scheduleRank(schedule) <= rankOf(decision)) return undefined;
  return fail(`${setting('schedule', schedule)} lands data after the decision that reads it is made: the freshest decision needs it ${within(decision)} (decisionFreshness=${decision}).`, pathToMeet(stream, decision));
}

function tooFresh(schedule: LandingSchedule, decision: DecisionFreshness, gap: number): Finding | undefined {
  const levels = rankOf(decision) - scheduleRank(schedule);
  if (levels < gap) return undefined;
  return warn(
    `${setting('schedule', schedule)} is ${levels} levels fresher than the freshest decision needs (${decision}): paying for freshness nobody reads.`,
    `Set ${setting('schedule', scheduleMeeting(decision))} unless a fresher consumer is planned; every extra run is processed and billed.`,
  );
}

function evaluate(stream: StreamDescription, context: RuleContext): RuleOutcome {
  const { schedule, decisionFreshness: decision } = stream;
  if (schedule === 'live') return live(stream);
  const missing = missingOf(stream, ['schedule', 'decisionFreshness']);
  const findings = [schedule ? cannotRun(stream, schedule) : undefined, missing.length > 0 ? needsInfo(missing) : undefined];
  if (schedule && decision) findings.push(tooStale(stream, schedule, decision), tooFresh(schedule, decision, context.thresholds.overFreshnessGapLevels));
  const outcome = decide(findings, `${setting('schedule', schedule ?? '')} lands data in time for the freshest decision, which needs it ${decision ? within(decision) : ''}.`);
  if (outcome.status === 'needs-info' || !schedule) return outcome;
  return { ...outcome, message: outcome.message + caveatFor(stream.connector, schedule, decision) };
}

export const freshness: Rule = {
  id: 'freshness',
  title: 'Freshness matches the decision',
  refs: ['gotchas#cadence-behind-decision', 'style-guide'],
  evaluate,
};
