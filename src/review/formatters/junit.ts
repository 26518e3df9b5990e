import type { ReviewResult, RuleResult } from '../types.js';
import type { ReviewFormatter } from './formatter.js';
import { attributes, escapeXml } from './xml.js';

function details(rule: RuleResult): string {
  return [rule.message, rule.fix ? `Fix: ${rule.fix}` : '', `See: ${rule.refs.join(', ')}`].filter((line) => line !== '').join('\n');
}

/** fail and needs-info fail the case; n/a is skipped; warn passes with the warning in system-out. */
function testcase(result: ReviewResult, rule: RuleResult): string {
  const open = `    <testcase${attributes({ classname: `ingest-review.${result.stream}`, name: `${rule.id}: ${rule.title}` })}`;
  if (rule.status === 'fail' || rule.status === 'needs-info') {
    return `${open}>\n      <failure${attributes({ type: rule.status, message: rule.message })}>${escapeXml(details(rule))}</failure>\n    </testcase>`;
  }
  if (rule.status === 'n/a') return `${open}>\n      <skipped${attributes({ message: rule.message })}/>\n    </testcase>`;
  if (rule.status === 'warn') return `${open}>\n      <system-out>${escapeXml(`WARNING: ${details(rule)}`)}</system-out>\n    </testcase>`;
  return `${open}/>`;
}

function tally(rules: readonly RuleResult[]): { tests: number; failures: number; skipped: number } {
  const failures = rules.filter((r) => r.status === 'fail' || r.status === 'needs-info').length;
  return { tests: rules.length, failures, skipped: rules.filter((r) => r.status === 'n/a').length };
}

function testsuite(result: ReviewResult): string {
  const head = `  <testsuite${attributes({ name: result.stream, ...tally(result.rules), errors: 0 })}>`;
  const properties = `    <properties>\n      <property${attributes({ name: 'verdict', value: result.verdict })}/>\n    </properties>`;
  return [head, properties, ...result.rules.map((rule) => testcase(result, rule)), '  </testsuite>'].join('\n');
}

/**
 * JUnit XML for CI: one testsuite per stream, one testcase per rule. The counts are on each
 * testsuite only: the root's would have to wait for the last stream, and CI tools add them up.
 */
export const junitFormatter: ReviewFormatter = {
  name: 'junit',
  writer: () => ({
    begin: () => `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attributes({ name: 'ingest-advisor review' })}>\n`,
    result: (result) => `${testsuite(result)}\n`,
    end: () => '</testsuites>\n',
  }),
};
