import fc from 'fast-check';
import { INPUT_CATALOGUE, type InputSpec } from '../../src/review/input-catalogue.js';
import { parseStreamDescription } from '../../src/review/schema.js';
import { USES, type StreamDescription } from '../../src/review/stream-description.js';

/** A few values per input, on both sides of every threshold and with person keys among the keys, so every finding comes up. */
function value(spec: InputSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'text':
      return fc.constantFrom('web-team', 'ordered_at', 'salesforce', 'sap');
    case 'choice':
    case 'flag':
      return fc.constantFrom(...(spec.values ?? []));
    case 'count':
      return fc.constantFrom(0, 10, 150_000, 20_000_000, 400_000_000);
    case 'text-list':
      return fc.constantFrom(['order_id'], ['email'], ['customer_id', 'ordered_at']);
    case 'use-list':
      return fc.subarray([...USES], { maxLength: 2 });
  }
}

/** Valid descriptions, each optional input given or left out at random. */
export const description: fc.Arbitrary<StreamDescription> = fc
  .record(Object.fromEntries(INPUT_CATALOGUE.map((spec) => [spec.key, value(spec)])), { requiredKeys: INPUT_CATALOGUE.filter((s) => s.required).map((s) => s.key) })
  .map((raw) => parseStreamDescription(raw));
