import { describe, expect, it } from 'vitest';
import { modeSupported } from '../../../src/review/rules/mode-supported.js';
import { evaluate } from '../helpers.js';

describe('mode-supported', () => {
  it.each(['s3', 'gcs', 'azure-storage'])('fails incremental on %s', (connector) => {
    const outcome = evaluate(modeSupported, { connector, refreshMode: 'incremental' });
    expect(outcome.status).toBe('fail');
    expect(outcome.fix).toContain('refreshMode=upsert');
  });

  it.each([
    ['s3', 'upsert'],
    ['gcs', 'full-refresh'],
    ['salesforce-crm', 'incremental'],
    ['snowflake', 'incremental'],
  ])('passes %s with %s', (connector, refreshMode) => {
    expect(evaluate(modeSupported, { connector, refreshMode }).status).toBe('pass');
  });
});
