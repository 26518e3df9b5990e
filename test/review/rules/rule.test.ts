import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/review/rules/index.js';
import { ask, decide, fail, needsInfo, warn } from '../../../src/review/rules/rule.js';
import { RULE_IDS } from '../../../src/review/rule-ids.js';

describe('decide: precedence within a rule', () => {
  it('passes with the pass message when nothing was found', () => {
    expect(decide([undefined, undefined], 'all good')).toEqual({ status: 'pass', message: 'all good' });
  });

  it('lets a proven fail win over needs-info and warn', () => {
    const outcome = decide([warn('w', 'fw'), needsInfo(['schedule']), fail('f', 'ff')], '');
    expect(outcome).toMatchObject({ status: 'fail', message: 'f', fix: 'ff' });
  });

  it('lets needs-info win over warn and carries the keys it needs', () => {
    const outcome = decide([warn('w', 'fw'), needsInfo(['schedule'])], '');
    expect(outcome.status).toBe('needs-info');
    expect(outcome.asks).toEqual([{ key: 'schedule', question: 'How often does data land?', choices: ['streaming', '15min', 'hourly', 'daily', 'weekly', 'monthly', 'live'] }]);
    expect(outcome.fix).toContain('schedule=streaming|15min|hourly|daily|weekly|monthly|live');
  });

  it('merges several needs-info findings into one question list', () => {
    const outcome = decide([needsInfo(['sourceRows']), needsInfo(['schedule'])], '');
    expect(outcome.asks?.map((q) => q.key)).toEqual(['sourceRows', 'schedule']);
    expect(outcome.message).toBe('How many rows does the source hold? How often does data land?');
  });

  it("keeps a rule's own question and choices, and its own fix when it asks alone", () => {
    const own = needsInfo([ask('deletes', { question: 'Deletes?', choices: ['none'] })], 'Say how.');
    expect(own).toEqual({ status: 'needs-info', message: 'Deletes?', fix: 'Say how.', asks: [{ key: 'deletes', question: 'Deletes?', choices: ['none'] }] });
    expect(decide([own, warn('w', 'fw')], '')).toEqual(own);
    const merged = decide([own, needsInfo(['owner'])], '');
    expect(merged.message).toBe('Deletes? Who is told when this stream breaks?');
    expect(merged.fix).toBe('Add deletes=none and owner=… to the description.');
  });

  it('lists several warnings in one warn, numbered', () => {
    const outcome = decide([warn('one.', 'fix one.'), warn('two.', 'fix two.')], '');
    expect(outcome).toEqual({ status: 'warn', message: '2 warnings: (1) one. (2) two.', fix: '(1) fix one. (2) fix two.' });
  });
});

describe('the rule list', () => {
  it("holds the spec's ten rules once each, in its order, with titles and refs", () => {
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
    for (const rule of RULES) {
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.refs.length).toBeGreaterThan(0);
    }
  });

  it('gives the refs the spec lists', () => {
    const refs = Object.fromEntries(RULES.map((rule) => [rule.id, rule.refs]));
    expect(refs).toEqual({
      freshness: ['gotchas#cadence-behind-decision', 'style-guide'],
      key: ['gotchas#non-unique-key', 'refresh-modes'],
      deletes: ['gotchas#upsert-keeps-deletes', 'refresh-modes'],
      'full-refresh-cost': ['gotchas#full-refresh-cost', 'style-guide'],
      category: ['gotchas#event-as-profile', 'data-streams'],
      use: ['gotchas#dlo-bloat', 'lifecycle'],
      ownership: ['gotchas#silent-auth-loss', 'style-guide'],
      'api-fit': ['ingestion-api'],
      'connector-first': ['connectors', 'ingestion-api'],
      'mode-supported': ['refresh-modes', 'connectors'],
    });
  });
});
