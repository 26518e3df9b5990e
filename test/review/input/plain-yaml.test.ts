import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify, type ToStringOptions } from 'yaml';
import { readPlainYaml } from '../../../src/review/input/plain-yaml.js';
import { INPUT_KEYS } from '../../../src/review/input-catalogue.js';

const RUNS = { numRuns: 1_000 };
const TRICKY = [...'abz AZ09-_:#"\'[],{}&*!|>%@`?~.eE+\\/é日🛒\t'];

/** What the `yaml` package makes of the text, or `'error'`. */
function yamlValue(text: string): unknown {
  try {
    return parse(text, { logLevel: 'silent' });
  } catch {
    return 'error';
  }
}

/** Wherever the fast reader answers, it answers exactly what `yaml` would. */
function agrees(text: string): void {
  const fast = readPlainYaml(text);
  if (fast !== undefined) expect(fast).toEqual(yamlValue(text));
}

const trickyString = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 });
const scalar = fc.oneof(trickyString, fc.string({ maxLength: 8 }), fc.integer(), fc.maxSafeNat(), fc.double(), fc.boolean(), fc.constant(null));
// Mostly real keys, so that a good share of the cases take the fast path.
const key = fc.oneof({ arbitrary: fc.constantFrom(...INPUT_KEYS), weight: 4 }, { arbitrary: fc.string({ unit: fc.constantFrom(...'abAZ_-09 :#'), minLength: 1, maxLength: 6 }), weight: 1 });
const mapping = fc.dictionary(key, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxKeys: 6 });
const options: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  defaultStringType: fc.constantFrom('PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const),
  collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'flow' as const),
});

describe('readPlainYaml', () => {
  it('reads the plain stream files people write', () => {
    const text = `# streams
- name: Web orders
  connector: s3
  sourceRows: 60,000,000
  primaryKey: [order_id, line_no]
  keyUnique: true
  owner: 'O''Brien'
  uses:
    - segmentation
    - "other: churn"

- name: Cart events
  fields: 12
  apiPattern:
`;
    expect(readPlainYaml(text)).toEqual(parse(text));
    expect(readPlainYaml('name: A\nuses:\n- analytics\nowner: x\r\n')).toEqual({ name: 'A', uses: ['analytics'], owner: 'x' });
  });

  it.each([
    'name: a # comment',
    'name: &a x',
    'name: |\n  text',
    'name: "a\\tb"',
    'name: 1.5',
    'name: 0x1F',
    'name: a\nname: b',
    '---\nname: a',
    'name:\n  nested: 1',
    'name: a\n  continued',
    '- just a string',
    '\uFEFFname: a',
    'name: {a: 1}',
    'name: [a, [b]]',
  ])('leaves %o to the yaml package', (text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it('agrees with the yaml package on anything the yaml package writes', () => {
    fc.assert(
      fc.property(fc.oneof(mapping, fc.array(mapping, { minLength: 1, maxLength: 4 })), options, (value, opts) => agrees(stringify(value, opts))),
      RUNS,
    );
  });

  it('takes the fast path for ordinary block-style files', () => {
    const plainValue = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9 _-]{0,10}[a-z0-9]$/), fc.maxSafeNat(), fc.boolean());
    const ordinary = fc.dictionary(fc.constantFrom(...INPUT_KEYS), fc.oneof(plainValue, fc.array(plainValue, { maxLength: 3 })), { minKeys: 1 });
    fc.assert(
      fc.property(fc.array(ordinary, { minLength: 1, maxLength: 5 }), (value) => {
        const text = stringify(value);
        expect(readPlainYaml(text)).toEqual(value);
      }),
      RUNS,
    );
  });

  it('reads an empty list item as null, as YAML does', () => {
    // Found by the line-soup property (seed -205451078).
    expect(readPlainYaml('uses:\n- ')).toEqual(yamlValue('uses:\n- '));
    expect(yamlValue('uses:\n- ')).toEqual({ uses: [null] });
  });

  it('agrees with the yaml package on line soup', () => {
    const fragment = fc.constantFrom('- ', '  ', '    ', 'name:', 'uses:', ' a', ' 1', ' [a, b]', ' "q"', " 'q'", ' #c', '#', ': ', '-', ' - x', ' ~', ' 1e3', ' true', ' ', '[', ']');
    const line = fc.array(fragment, { maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(line, { maxLength: 8 }), (lines) => agrees(lines.join('\n'))), RUNS);
  });

  it('agrees with the yaml package on any string', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...TRICKY, '\n', '\n'), maxLength: 60 }), agrees), RUNS);
  });
});
