import { describe, expect, it } from 'vitest';
import { fullRefreshCost } from '../../../src/review/rules/full-refresh-cost.js';
import { evaluate, keysAsked } from '../helpers.js';

const full = { refreshMode: 'full-refresh', schedule: 'daily' };

describe('full-refresh-cost', () => {
  it.each(['upsert', 'incremental'])('is n/a for %s', (refreshMode) => {
    expect(evaluate(fullRefreshCost, { refreshMode, sourceRows: 10 ** 12 }).status).toBe('n/a');
  });

  it('is n/a for schedule=live: nothing lands', () => {
    expect(evaluate(fullRefreshCost, { ...full, connector: 'snowflake', schedule: 'live', sourceRows: 10 ** 12 }).status).toBe('n/a');
  });

  it.each(['salesforce-crm', 'marketing-cloud'])('passes %s at any size, saying downstream re-processing is still billed', (connector) => {
    const outcome = evaluate(fullRefreshCost, { ...full, connector, sourceRows: 10 ** 12, schedule: undefined });
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toContain('not billed as ingested rows');
    expect(outcome.message).toContain('still is');
  });

  it.each([
    [{ sourceRows: undefined }, ['sourceRows']],
    [{ sourceRows: 5, schedule: undefined }, ['schedule']],
    [{ sourceRows: undefined, schedule: undefined }, ['sourceRows', 'schedule']],
  ])('needs info without %o', (changes, needs) => {
    const outcome = evaluate(fullRefreshCost, { ...full, ...changes });
    expect(outcome.status).toBe('needs-info');
    expect(keysAsked(outcome)).toEqual(needs);
  });

  it('passes at exactly 30,000,000 rows a month and warns one row above', () => {
    const at = evaluate(fullRefreshCost, { ...full, schedule: 'monthly', sourceRows: 30_000_000 });
    expect(at.status).toBe('pass');
    expect(at.message).toContain('30,000,000 rows processed a month');
    expect(at.message).toContain('about 60,000 credits a month');
    expect(at.message).toContain('estimate at 2,000 credits per million rows');
    expect(evaluate(fullRefreshCost, { ...full, schedule: 'monthly', sourceRows: 30_000_001 }).status).toBe('warn');
  });

  it('warns at exactly 300,000,000 rows a month and fails one row above', () => {
    expect(evaluate(fullRefreshCost, { ...full, schedule: 'monthly', sourceRows: 300_000_000 }).status).toBe('warn');
    const above = evaluate(fullRefreshCost, { ...full, schedule: 'monthly', sourceRows: 300_000_001 });
    expect(above.status).toBe('fail');
    expect(above.fix).toContain('costApproved=true');
  });

  it('warns instead of failing when the cost is approved', () => {
    const outcome = evaluate(fullRefreshCost, { ...full, sourceRows: 60_000_000, costApproved: true });
    expect(outcome.status).toBe('warn');
    expect(outcome.message).toContain('signed off');
  });

  it('counts rows a month by schedule, streaming as every 15 minutes', () => {
    const cases: [string, number, string][] = [
      ['streaming', 10_000, '28,800,000'],
      ['15min', 10_000, '28,800,000'],
      ['hourly', 10_000, '7,200,000'],
      ['daily', 1_000_000, '30,000,000'],
      ['weekly', 1_000_000, '4,000,000'],
    ];
    for (const [schedule, sourceRows, rows] of cases) {
      expect(evaluate(fullRefreshCost, { ...full, schedule, sourceRows }).message).toContain(`${rows} rows processed a month`);
    }
    expect(evaluate(fullRefreshCost, { ...full, schedule: 'streaming', sourceRows: 1 }).message).toContain('streaming counts as every 15 minutes');
  });

  it('recommends upsert with the rows a month it saves when under 10% of rows change', () => {
    const outcome = evaluate(fullRefreshCost, { ...full, sourceRows: 60_000_000, changedRowsPerRun: 5_999_999 });
    expect(outcome.fix).toContain('refreshMode=upsert');
    expect(outcome.fix).toContain(`${(54_000_001 * 30).toLocaleString('en-US')} fewer rows processed a month`);
  });

  it('does not recommend upsert at exactly 10% changed', () => {
    const outcome = evaluate(fullRefreshCost, { ...full, sourceRows: 60_000_000, changedRowsPerRun: 6_000_000 });
    expect(outcome.fix).not.toContain('fewer rows');
    expect(outcome.fix).toContain('Run it less often');
  });

  it('asks for changedRowsPerRun to show the saving when it is missing', () => {
    expect(evaluate(fullRefreshCost, { ...full, sourceRows: 60_000_000 }).fix).toContain('give changedRowsPerRun');
  });

  it('takes every number from the thresholds', () => {
    const thresholds = { fullRefreshWarnRowsPerMonth: 100, fullRefreshFailRowsPerMonth: 1_000, creditsPerMillionRows: 1_000_000, upsertChangeRatio: 0.5 };
    const warn = evaluate(fullRefreshCost, { ...full, schedule: 'monthly', sourceRows: 101, changedRowsPerRun: 40 }, thresholds);
    expect(warn.status).toBe('warn');
    expect(warn.message).toContain('about 101 credits');
    expect(warn.fix).toContain('refreshMode=upsert');
    expect(evaluate(fullRefreshCost, { ...full, schedule: 'monthly', sourceRows: 1_001 }, thresholds).status).toBe('fail');
  });
});
