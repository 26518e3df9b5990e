import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewStream } from '../../src/review/engine.js';
import { INPUT_CATALOGUE } from '../../src/review/input-catalogue.js';
import type { InputKey, StreamDescription } from '../../src/review/stream-description.js';
import { description } from './descriptions.js';

const OPTIONAL = INPUT_CATALOGUE.filter((spec) => !spec.required).map((spec) => spec.key);

function without(stream: StreamDescription, key: InputKey): StreamDescription {
  const copy: Record<string, unknown> = { ...stream };
  delete copy[key];
  return copy as unknown as StreamDescription;
}

/**
 * The two places the rules read a left-out input as an answer, as documented: no `costApproved`
 * means nobody signed the cost off, and `deletes=none` fails unless `dataShape=event` says the
 * rows are append-only events.
 */
function documentedException(rule: string, key: InputKey, stream: StreamDescription): boolean {
  return (rule === 'full-refresh-cost' && key === 'costApproved') || (rule === 'deletes' && key === 'dataShape' && stream.deletes === 'none');
}

describe('a rule fails only on what the inputs prove', () => {
  it('leaving an input out never turns a rule into a fail', () => {
    fc.assert(
      fc.property(description, fc.constantFrom(...OPTIONAL), (stream, key) => {
        if (stream[key] === undefined) return;
        const given = reviewStream(stream).rules;
        const left = reviewStream(without(stream, key)).rules;
        left.forEach((rule, i) => {
          if (rule.status === 'fail' && given[i]!.status !== 'fail' && !documentedException(rule.id, key, stream)) {
            expect.fail(`${rule.id} fails with ${key} left out but is ${given[i]!.status} with ${key}=${JSON.stringify(stream[key])}`);
          }
        });
      }),
      { numRuns: 2_000 },
    );
  });

  it('asks, for every needs-info rule, a question about an input that was left out', () => {
    fc.assert(
      fc.property(description, fc.subarray(OPTIONAL), (full, dropped) => {
        const stream = dropped.reduce(without, full);
        for (const rule of reviewStream(stream).rules.filter((r) => r.status === 'needs-info')) {
          expect(rule.asks?.length, rule.id).toBeGreaterThan(0);
          for (const ask of rule.asks ?? []) {
            expect(stream[ask.key], `${rule.id} asks for ${ask.key}`).toBeUndefined();
            expect(ask.question).toMatch(/\?/);
            expect(rule.message).toContain(ask.question);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
