import { describe, expect, it } from 'vitest';
import { reviewStream } from '../../../src/review/engine.js';
import { formatReport } from '../../../src/review/formatters/formatter.js';
import { junitFormatter } from '../../../src/review/formatters/junit.js';
import { escapeXml } from '../../../src/review/formatters/xml.js';
import { SHIPPABLE, streamWith } from '../helpers.js';
import { checkWellFormed } from './well-formed.js';

const AWKWARD = streamWith({ name: 'Orders <EU> & "UK" — l\'été 🛒\u0007', alerting: false, dataShape: undefined, keyUnique: undefined, primaryKey: ['a&b', '<c>'] });

describe('junit formatter', () => {
  const xml = formatReport(junitFormatter, { results: [reviewStream(SHIPPABLE), reviewStream(AWKWARD)], list: true });

  it('is well-formed XML, escaping names and messages', () => {
    const names = checkWellFormed(xml);
    expect(names[0]).toBe('testsuites');
    expect(names.filter((n) => n === 'testsuite')).toHaveLength(2);
    expect(names.filter((n) => n === 'testcase')).toHaveLength(20);
    expect(xml).toContain('name="Orders &lt;EU&gt; &amp; &quot;UK&quot; — l&apos;été 🛒"');
    expect(xml).not.toContain('\u0007');
  });

  it('counts tests, failures and skipped per suite (the root is written before the last suite is known)', () => {
    expect(xml).toMatch(/<testsuites name="ingest-advisor review">\n/);
    expect(xml).toMatch(/<testsuite name="Web orders" tests="10" failures="0" skipped="3" errors="0">/);
  });

  it('fails fail and needs-info, skips n/a, and passes warn with the warning in system-out', () => {
    const awkward = xml.slice(xml.indexOf('<testsuite name="Orders'));
    expect(awkward).toMatch(/name="ownership: [^"]+">\s*<failure type="fail" message="alerting=false/);
    expect(awkward).toMatch(/name="category: [^"]+">\s*<failure type="needs-info"/);
    expect(awkward).toMatch(/name="key: [^"]+">\s*<system-out>WARNING: Nobody has checked that primaryKey a&amp;b \+ &lt;c&gt; is unique/);
    expect(awkward).toMatch(/name="api-fit: [^"]+">\s*<skipped message=/);
    expect(awkward).toMatch(/name="mode-supported: [^"]+"\/>/);
    expect(awkward).toContain('<property name="verdict" value="do-not-ship"/>');
  });

  it('drops characters XML cannot carry, including lone surrogates', () => {
    expect(escapeXml('a\u0000b\uD800c\u{1F6D2}')).toBe('abc\u{1F6D2}');
  });
});
