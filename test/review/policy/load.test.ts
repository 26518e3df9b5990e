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

  it('shows a syntax error with its line and a caret, and refuses an alias bomb and a file over the size limit', () => {
    writeFileSync(join(dir, 'caret.yaml'), 'rules:\n  use: warn: x\n');
    expect(() => loadPolicy('caret.yaml', dir)).toThrow('The team policy caret.yaml is not valid YAML or JSON at line 2, column 12: bad indentation of a mapping entry.\n2 |   use: warn: x\n  |            ^');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcde'.split('').map((l, i) => `${l}: &${l} [${Array(10).fill(`*${'abcde'[i]}`).join(', ')}]`)];
    writeFileSync(join(dir, 'bomb.yaml'), `thresholds: {${levels.join(', ')}}\n`);
    expect(() => loadPolicy('bomb.yaml', dir)).toThrow('The team policy bomb.yaml expands to more than 10,000 values through its aliases; write its values out.');
    writeFileSync(join(dir, 'huge.yaml'), `# ${'x'.repeat(1_100_000)}\n`);
    expect(() => loadPolicy('huge.yaml', dir, { INGEST_ADVISOR_MAX_FILE_MB: '1' })).toThrow('The team policy huge.yaml is 1.05 MB, over the 1 MB limit on input files; check --policy or INGEST_REVIEW_POLICY, or raise INGEST_ADVISOR_MAX_FILE_MB.');
  });
});
