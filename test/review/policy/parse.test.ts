import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { parsePolicy } from '../../../src/review/policy/parse.js';

function errorOf(value: unknown): ConfigError {
  try {
    parsePolicy(value, 'team.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const WAIVER = { stream: 'Web orders', rule: 'full-refresh-cost', reason: 'CDC feed lands in Q1', approver: 'Dana', expires: '2026-12-31' };

describe('parsePolicy', () => {
  it('reads an empty file as the defaults', () => {
    expect(parsePolicy(null, 'team.yaml')).toEqual({ source: 'team.yaml', thresholds: {}, severity: {}, waivers: [] });
  });

  it('reads every threshold, severities and waivers', () => {
    const policy = parsePolicy(
      {
        thresholds: {
          fullRefreshWarnRowsPerMonth: '50,000,000',
          fullRefreshFailRowsPerMonth: 500_000_000,
          upsertChangeRatio: '5%',
          creditsPerMillionRows: 1_500.5,
          overFreshnessGapLevels: 3,
          streamingChangedRowsPerRun: '50_000',
        },
        rules: { 'connector-first': 'off', use: 'warn', key: 'fail' },
        waivers: [WAIVER],
      },
      'team.yaml',
    );
    expect(policy.thresholds).toEqual({
      fullRefreshWarnRowsPerMonth: 50_000_000,
      fullRefreshFailRowsPerMonth: 500_000_000,
      upsertChangeRatio: 0.05,
      creditsPerMillionRows: 1_500.5,
      overFreshnessGapLevels: 3,
      streamingChangedRowsPerRun: 50_000,
    });
    expect(policy.severity).toEqual({ 'connector-first': 'off', use: 'warn', key: 'fail' });
    expect(policy.waivers).toEqual([WAIVER]);
  });

  it.each([
    [{ thresholds: { upsertChangeRatio: 1.5 } }, 'thresholds.upsertChangeRatio'],
    [{ thresholds: { upsertChangeRatio: 0 } }, 'thresholds.upsertChangeRatio'],
    [{ thresholds: { creditsPerMillionRows: -1 } }, 'thresholds.creditsPerMillionRows'],
    [{ thresholds: { overFreshnessGapLevels: 0 } }, 'thresholds.overFreshnessGapLevels'],
    [{ thresholds: { fullRefreshWarnRowsPerMonth: 'lots' } }, 'thresholds.fullRefreshWarnRowsPerMonth'],
    [{ thresholds: { fullRefreshWarnRowsPerMonth: 400_000_000 } }, 'thresholds.fullRefreshWarnRowsPerMonth'],
    [{ thresholds: { fullRefreshWarnRows: 1 } }, 'thresholds.fullRefreshWarnRows'],
    [{ rules: { freshnes: 'off' } }, 'rules.freshnes'],
    [{ rules: { freshness: 'error' } }, 'rules.freshness'],
    [{ waivers: [{ ...WAIVER, expires: '2026-02-30' }] }, 'waivers[0].expires'],
    [{ waivers: [{ ...WAIVER, expires: '31/12/2026' }] }, 'waivers[0].expires'],
    [{ waivers: [{ ...WAIVER, rule: 'cost' }] }, 'waivers[0].rule'],
    [{ waivers: [{ ...WAIVER, approver: undefined }] }, 'waivers[0].approver'],
    [{ waivers: [{ ...WAIVER, until: '2026-01-01' }] }, 'waivers[0].until'],
    [{ waiver: [] }, 'waiver'],
    [[], ''],
    ['off', ''],
  ])('rejects %o naming the file and %s', (value, path) => {
    const error = errorOf(value);
    expect(error.message).toContain('team.yaml');
    expect(error.issues.map((issue) => issue.path)).toContain(path);
  });

  it('suggests the rule or setting meant', () => {
    expect(errorOf({ rules: { freshnes: 'off' } }).issues[0]?.message).toContain('did you mean freshness?');
    expect(errorOf({ waiver: [] }).issues[0]?.message).toContain('did you mean waivers?');
    expect(errorOf({ thresholds: { upsertChangeRatios: 1 } }).issues[0]?.message).toContain('did you mean upsertChangeRatio?');
  });
});
