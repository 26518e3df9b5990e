import { CONNECTOR_CAPABILITIES } from '../connectors.js';
import { runsAMonth, type LandingSchedule } from '../freshness-levels.js';
import type { StreamDescription } from '../stream-description.js';
import type { Thresholds } from '../thresholds.js';
import { count, setting } from '../wording.js';
import { fail, missingOf, needsInfo, notApplicable, pass, warn, type Rule, type RuleContext, type RuleOutcome } from './rule.js';

interface Volume {
  sourceRows: number;
  schedule: LandingSchedule;
  rowsAMonth: number;
}

function credits(rows: number, thresholds: Thresholds): string {
  return `about ${count((rows / 1_000_000) * thresholds.creditsPerMillionRows)} credits`;
}

function describe(volume: Volume, thresholds: Thresholds): string {
  const runs = runsAMonth(volume.schedule);
  const cadence = volume.schedule === 'streaming' ? `${count(runs)} times a month (streaming counts as every 15 minutes)` : `${count(runs)} time${runs === 1 ? '' : 's'} a month (${volume.schedule})`;
  const estimate = `${credits(volume.rowsAMonth, thresholds)} a month (an estimate at ${count(thresholds.creditsPerMillionRows)} credits per million rows, the batch pipeline rate)`;
  return `A full refresh re-processes all ${count(volume.sourceRows)} rows ${cadence}: ${count(volume.rowsAMonth)} rows processed a month, ${estimate}.`;
}

/** Upsert when few rows change; otherwise fewer runs. */
function fixFor(stream: StreamDescription, volume: Volume, thresholds: Thresholds, approvable: boolean): string {
  const approve = approvable ? ' Or have the cost signed off and set costApproved=true.' : '';
  const changed = stream.changedRowsPerRun;
  if (changed !== undefined && changed < volume.sourceRows * thresholds.upsertChangeRatio) {
    const saved = (volume.sourceRows - changed) * runsAMonth(volume.schedule);
    return `Switch to ${setting('refreshMode', 'upsert')} with a delete story: ${count(changed)} changed rows a run instead of ${count(volume.sourceRows)} is ${count(saved)} fewer rows processed a month (${credits(saved, thresholds)}).${approve}`;
  }
  const hint = changed === undefined ? ' (give changedRowsPerRun to see the saving)' : '';
  return `Run it less often, filter the source down to the rows that are used, or switch to upsert with a delete story if few rows change${hint}.${approve}`;
}

function judge(stream: StreamDescription, volume: Volume, thresholds: Thresholds): RuleOutcome {
  const message = describe(volume, thresholds);
  if (volume.rowsAMonth <= thresholds.fullRefreshWarnRowsPerMonth) return pass(message);
  const overFail = volume.rowsAMonth > thresholds.fullRefreshFailRowsPerMonth;
  if (overFail && !stream.costApproved) {
    return fail(`${message} That is above the ${count(thresholds.fullRefreshFailRowsPerMonth)} rows a month a full refresh may process without sign-off.`, fixFor(stream, volume, thresholds, true));
  }
  const limit = overFail ? thresholds.fullRefreshFailRowsPerMonth : thresholds.fullRefreshWarnRowsPerMonth;
  const approved = overFail ? ' The cost is signed off (costApproved=true).' : '';
  return warn(`${message} That is above ${count(limit)} rows a month.${approved}`, fixFor(stream, volume, thresholds, false));
}

function evaluate(stream: StreamDescription, { thresholds }: RuleContext): RuleOutcome {
  const { refreshMode, schedule, sourceRows, connector } = stream;
  if (refreshMode !== 'full-refresh') return notApplicable(`${setting('refreshMode', refreshMode)}: each run processes only the rows that changed.`);
  if (schedule === 'live') return notApplicable('schedule=live: nothing lands, so nothing is re-processed (live queries bill rows accessed instead).');
  if (CONNECTOR_CAPABILITIES[connector].internalPipeline) {
    return pass(`${connector} rows are not billed as ingested rows, at any size; everything downstream that re-reads them each run (calculated insights, segments, identity resolution) still is.`);
  }
  if (sourceRows === undefined || schedule === undefined) return needsInfo(missingOf(stream, ['sourceRows', 'schedule']));
  return judge(stream, { sourceRows, schedule, rowsAMonth: sourceRows * runsAMonth(schedule) }, thresholds);
}

export const fullRefreshCost: Rule = {
  id: 'full-refresh-cost',
  title: 'A full refresh is worth what it costs',
  refs: ['gotchas#full-refresh-cost', 'style-guide'],
  evaluate,
};
