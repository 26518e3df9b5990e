import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { reviewStream } from '../../../src/review/engine.js';
import { formatJsonError, jsonFormatter } from '../../../src/review/formatters/json.js';
import { SHIPPABLE, streamWith } from '../helpers.js';

describe('json formatter', () => {
  it("prints the documented shape, key order included, with fix only where it applies", () => {
    const result = reviewStream(streamWith({ alerting: false, dataShape: undefined }));
    const json = JSON.parse(jsonFormatter.format({ results: [result], list: false }));
    expect(Object.keys(json)).toEqual(['stream', 'verdict', 'rules', 'reminders']);
    expect(json.verdict).toBe('do-not-ship');
    for (const rule of json.rules) {
      const withFix = ['warn', 'fail', 'needs-info'].includes(rule.status);
      expect(Object.keys(rule)).toEqual(withFix ? ['id', 'title', 'status', 'message', 'fix', 'refs'] : ['id', 'title', 'status', 'message', 'refs']);
    }
    expect(json.rules[0]).toEqual({ id: 'freshness', title: 'Freshness matches the decision', status: 'pass', message: expect.any(String), refs: ['gotchas#cadence-behind-decision', 'style-guide'] });
  });

  it('prints an array for a list, even of one', () => {
    const json = JSON.parse(jsonFormatter.format({ results: [reviewStream(SHIPPABLE)], list: true }));
    expect(Array.isArray(json)).toBe(true);
    expect(json[0].stream).toBe('Web orders');
  });

  it("prints the documented error shape", () => {
    const error = new InputError('bad', [{ path: 'connector', message: 'nope' }]);
    expect(JSON.parse(formatJsonError(error))).toEqual({ error: { message: 'bad', issues: [{ path: 'connector', message: 'nope' }] } });
  });
});
