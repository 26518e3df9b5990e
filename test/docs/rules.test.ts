import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { CONNECTOR_CAPABILITIES, freshestSchedule } from '../../src/review/connectors.js';
import { reviewStream } from '../../src/review/engine.js';
import { INPUT_CATALOGUE } from '../../src/review/input-catalogue.js';
import { REMINDERS } from '../../src/review/reminders.js';
import { RULES } from '../../src/review/rules/index.js';
import { CONNECTORS } from '../../src/review/stream-description.js';
import { DEFAULT_THRESHOLDS } from '../../src/review/thresholds.js';
import { RULE_STATUSES, VERDICTS, type RuleStatus } from '../../src/review/types.js';
import { count } from '../../src/review/wording.js';
import { description } from '../review/descriptions.js';
import { codeSpans, section, tableRows } from './markdown.js';

// In the manner of typescript-eslint's docs test: the rule list is the truth, and the page that
// documents it must say the same, rule by rule.
const DOC = readFileSync(join(packageRoot, 'docs', 'rules.md'), 'utf8');
const RULES_PART = section(DOC, '## The rules');
const ruleSection = (id: string, title: string): string => section(RULES_PART, `### \`${id}\` — ${title}`);

/** What every rule was seen to do over many descriptions: its statuses and the inputs it asked for. */
function observed(): Map<string, { statuses: Set<RuleStatus>; asked: Set<string> }> {
  const seen = new Map(RULES.map((rule) => [rule.id as string, { statuses: new Set<RuleStatus>(), asked: new Set<string>() }]));
  for (const stream of fc.sample(description, { numRuns: 4_000, seed: 360 })) {
    for (const rule of reviewStream(stream).rules) {
      const entry = seen.get(rule.id)!;
      entry.statuses.add(rule.status);
      for (const question of rule.asks ?? []) entry.asked.add(question.key);
    }
  }
  return seen;
}

describe('docs/rules.md documents every rule', () => {
  it('has one section per rule, in the rule list order, headed by its id and title, and no other', () => {
    const headings = [...RULES_PART.matchAll(/^### `([^`]+)` — (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(headings).toEqual(RULES.map((rule) => [rule.id, rule.title]));
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('names the references of %s', (_id, rule) => {
    const see = /^See: (.+)$/m.exec(ruleSection(rule.id, rule.title))?.[1] ?? '';
    expect(codeSpans(see)).toEqual(rule.refs);
  });

  const seen = observed();
  it.each(RULES.map((rule) => [rule.id, rule] as const))('describes exactly the statuses %s gives, and every input it asks for', (_id, rule) => {
    const text = ruleSection(rule.id, rule.title);
    const documented = new Set(RULE_STATUSES.filter((status) => text.includes(`**${status}**`)));
    expect([...documented].sort()).toEqual([...seen.get(rule.id)!.statuses].sort());
    const needsInfo = text.split('\n- ').filter((bullet) => bullet.startsWith('**needs-info**')).join(' ');
    for (const key of seen.get(rule.id)!.asked) expect(codeSpans(needsInfo), `${rule.id} asks for ${key}`).toContain(key);
  });
});

describe('docs/rules.md agrees with the code it describes', () => {
  it('lists every input in catalogue order, marks the required ones, and gives every allowed value', () => {
    const rows = tableRows(section(DOC, '## Inputs'));
    expect(rows.map((row) => codeSpans(row[0]!)[0])).toEqual(INPUT_CATALOGUE.map((spec) => spec.key));
    for (const [i, spec] of INPUT_CATALOGUE.entries()) {
      const [key, values] = rows[i]!;
      expect(key!.endsWith('(required)'), spec.key).toBe(spec.required);
      for (const value of spec.values ?? []) expect(codeSpans(values!), `${spec.key}: ${value}`).toContain(value);
    }
  });

  it('lists the statuses and the verdicts', () => {
    const part = section(DOC, '## Statuses and the verdict');
    expect(tableRows(part).map((row) => codeSpans(row[0]!)[0])).toEqual([...RULE_STATUSES]);
    for (const verdict of VERDICTS) expect(codeSpans(part)).toContain(verdict);
  });

  it('gives the reminders word for word', () => {
    const bullets = section(DOC, '## After the checklist').split('\n').filter((line) => line.startsWith('- '));
    expect(bullets).toEqual(REMINDERS.map((reminder) => `- ${reminder}`));
  });

  it('gives every threshold with its default', () => {
    const rows = tableRows(section(DOC, '## Thresholds'));
    expect(rows.map((row) => codeSpans(row[0]!)[0])).toEqual(Object.keys(DEFAULT_THRESHOLDS));
    for (const [name, value] of Object.entries(DEFAULT_THRESHOLDS)) {
      const shown = Number.isInteger(value) ? count(value) : String(value);
      expect(rows.find((row) => row[0] === `\`${name}\``)?.[1]?.startsWith(shown), name).toBe(true);
    }
  });

  it("gives each connector's freshest schedule and whether it is zero copy, as the connector table has them", () => {
    const rows = tableRows(section(DOC, '## Connectors: the schedules each can run'));
    expect(rows.map((row) => codeSpans(row[0]!)[0])).toEqual([...CONNECTORS]);
    for (const [connector, freshest, zeroCopy] of rows) {
      const id = codeSpans(connector!)[0] as (typeof CONNECTORS)[number];
      expect(codeSpans(freshest!)[0], id).toBe(freshestSchedule(id));
      expect(zeroCopy!.startsWith(CONNECTOR_CAPABILITIES[id].zeroCopy ? 'yes' : 'no'), id).toBe(true);
    }
  });

  it('is where the README sends people for the rules', () => {
    expect(readFileSync(join(packageRoot, 'README.md'), 'utf8')).toContain('](docs/rules.md)');
  });
});
