import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { reviewStream } from '../../../src/review/engine.js';
import { formatReport } from '../../../src/review/formatters/formatter.js';
import { formatJsonError, jsonFormatter } from '../../../src/review/formatters/json.js';
import { SHIPPABLE, streamWith } from '../helpers.js';

describe('json formatter', () => {
  it("prints the documented shape, key order included, with fix only where it applies", () => {
    const result = reviewStream(streamWith({ alerting: false, dataShape: undefined }));
    const json = JSON.parse(formatReport(jsonFormatter, { results: [result], list: false }));
    expect(Object.keys(json)).toEqual(['stream', 'verdict', 'rules', 'reminders']);
    expect(json.verdict).toBe('do-not-ship');
    for (const rule of json.rules) {
      const withFix = ['warn', 'fail', 'needs-info'].includes(rule.status);
      expect(Object.keys(rule)).toEqual(withFix ? ['id', 'title', 'status', 'message', 'fix', 'refs'] : ['id', 'title', 'status', 'message', 'refs']);
    }
    expect(json.rules[0]).toEqual({ id: 'freshness', title: 'Freshness matches the decision', status: 'pass', message: expect.any(String), refs: ['gotchas#cadence-behind-decision', 'style-guide'] });
  });

  it('prints one object per line for a list (NDJSON), each written as its stream is reviewed', () => {
    const writer = jsonFormatter.writer();
    const lines = [reviewStream(SHIPPABLE), reviewStream(streamWith({ name: 'B' }))].map((result) => writer.result(result));
    expect(writer.begin() + writer.end(true)).toBe('');
    expect(lines.every((line) => line.endsWith('}\n') && line.indexOf('\n') === line.length - 1)).toBe(true);
    expect(lines.map((line) => JSON.parse(line).stream)).toEqual(['Web orders', 'B']);
  });

  it("prints the documented error shape", () => {
    const error = new InputError('bad', [{ path: 'connector', message: 'nope' }]);
    expect(JSON.parse(formatJsonError(error))).toEqual({ error: { message: 'bad', issues: [{ path: 'connector', message: 'nope' }] } });
  });

  it('lists at most 20 issues and counts the rest in "more"', () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({ path: `[${i}].connector`, message: 'nope' }));
    const { error } = JSON.parse(formatJsonError(new InputError('bad', issues, 1_000)));
    expect(error.issues).toHaveLength(20);
    expect(error.more).toBe(1_005);
  });
});
