import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { reviewStream } from '../../src/review/engine.js';
import { readStreamText } from '../support/stream-text.js';
import { parseInlineText, parseInlineWords } from '../../src/review/input/inline.js';
import { INPUT_CATALOGUE, type InputSpec } from '../../src/review/input-catalogue.js';
import { parseStreamDescription } from '../../src/review/schema.js';
import { USES } from '../../src/review/stream-description.js';

const RUNS = { numRuns: 1_000 };
const NOW = new Date('2026-06-15T00:00:00Z');

/** Runs parse + review; anything thrown other than an InputError fails the property. */
function reviewOrInputError(parse: () => ReturnType<typeof parseStreamDescription>[]): void {
  try {
    for (const stream of parse()) reviewStream(stream, { now: NOW });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).not.toBe('');
  }
}

/** The same for a stream file's text, read as the command line reads a file. */
async function reviewFileOrInputError(text: string, source: string): Promise<void> {
  try {
    for (const stream of (await readStreamText(text, source, { minPiece: 8, chunk: 5 })).streams) reviewStream(stream, { now: NOW });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).not.toBe('');
  }
}

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');

function validValue(spec: InputSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'text':
      return text;
    case 'choice':
      return fc.constantFrom(...(spec.values ?? []));
    case 'flag':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 'TRUE'));
    case 'count':
      return fc.oneof(fc.maxSafeNat(), fc.nat().map((n) => n.toLocaleString('en-US')), fc.nat().map(String));
    case 'text-list':
      return fc.oneof(text, fc.array(text, { maxLength: 4 }));
    case 'use-list':
      return fc.array(fc.oneof(fc.constantFrom(...USES), text.map((t) => `other:${t}`)), { maxLength: 5 });
  }
}

const validDescription = fc.record(Object.fromEntries(INPUT_CATALOGUE.map((spec) => [spec.key, validValue(spec)])), {
  requiredKeys: INPUT_CATALOGUE.filter((spec) => spec.required).map((spec) => spec.key),
});

/** The same description with its keys, and every list in it, in another order. */
function reordered(value: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(value);
  const all = <T>(items: T[]) => fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
  return all(entries).chain((shuffled) =>
    fc.tuple(...shuffled.map(([key, v]) => (Array.isArray(v) ? all(v).map((items) => [key, items] as const) : fc.constant([key, v] as const)))).map((pairs) => Object.fromEntries(pairs)),
  );
}

describe('properties of parsing and reviewing', () => {
  it('no string of chat text throws anything but an InputError', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => reviewOrInputError(() => [parseInlineText(s)])), RUNS);
  });

  it('no list of command-line words throws anything but an InputError', () => {
    const word = fc.oneof(fc.string(), fc.tuple(fc.constantFrom(...INPUT_CATALOGUE.map((s) => s.key)), fc.string()).map(([k, v]) => `${k}=${v}`));
    fc.assert(fc.property(fc.array(word, { maxLength: 25 }), (words) => reviewOrInputError(() => [parseInlineWords(words)])), RUNS);
  });

  it('no file text throws anything but an InputError', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), (s) => reviewFileOrInputError(s, 'f.yaml')), RUNS);
  });

  it('no JSON value throws anything but an InputError, as a file or as an object', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        reviewOrInputError(() => [parseStreamDescription(value)]);
        await reviewFileOrInputError(JSON.stringify(value) ?? '', 'f.json');
      }),
      RUNS,
    );
  });

  it('no mix of known keys with any values throws anything but an InputError', () => {
    const anyValue = (spec: InputSpec) => fc.oneof(validValue(spec), fc.anything(), fc.string());
    const mixed = fc.record(Object.fromEntries(INPUT_CATALOGUE.map((spec) => [spec.key, anyValue(spec)])), { requiredKeys: [] });
    fc.assert(fc.property(mixed, (value) => reviewOrInputError(() => [parseStreamDescription(value)])), RUNS);
  });

  it('every valid description gets a review of ten rules and a verdict', () => {
    fc.assert(
      fc.property(validDescription, (value) => {
        const result = reviewStream(parseStreamDescription(value), { now: NOW });
        expect(result.rules).toHaveLength(10);
        expect(result.verdict).toBeTypeOf('string');
      }),
      RUNS,
    );
  });

  it('key order and list order never change the result', () => {
    const pair = validDescription.chain((value) => reordered(value).map((other) => [value, other] as const));
    fc.assert(
      fc.property(pair, ([value, other]) => {
        expect(reviewStream(parseStreamDescription(other), { now: NOW })).toEqual(reviewStream(parseStreamDescription(value), { now: NOW }));
      }),
      RUNS,
    );
  });
});
