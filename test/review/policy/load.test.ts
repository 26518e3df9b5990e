import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { loadPolicy, policyPath } from '../../../src/review/policy/load.js';

describe('policyPath', () => {
  it('prefers --policy, then INGEST_REVIEW_POLICY, and is never implicit', () => {
    expect(policyPath('a.yaml', { INGEST_REVIEW_POLICY: 'b.yaml' })).toBe('a.yaml');
    expect(policyPath(undefined, { INGEST_REVIEW_POLICY: ' b.yaml ' })).toBe('b.yaml');
    expect(policyPath(undefined, { INGEST_REVIEW_POLICY: '' })).toBeUndefined();
    expect(policyPath(undefined, {})).toBeUndefined();
  });
});

describe('loadPolicy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-'));

  it('reads a YAML file relative to the working directory', () => {
    writeFileSync(join(dir, 'team.yaml'), 'rules:\n  use: warn\nwaivers:\n  - stream: A\n    rule: key\n    reason: r\n    approver: Dana\n    expires: 2026-12-31\n');
    const policy = loadPolicy('team.yaml', dir);
    expect(policy.severity).toEqual({ use: 'warn' });
    expect(policy.waivers[0]?.expires).toBe('2026-12-31');
  });

  it('says plainly that a file is missing or not YAML', () => {
    expect(() => loadPolicy('nope.yaml', dir)).toThrow(ConfigError);
    expect(() => loadPolicy('nope.yaml', dir)).toThrow(/nope\.yaml: the file does not exist/);
    writeFileSync(join(dir, 'bad.yaml'), 'rules: [unclosed\n');
    expect(() => loadPolicy('bad.yaml', dir)).toThrow(/bad\.yaml is not valid YAML/);
  });
});
