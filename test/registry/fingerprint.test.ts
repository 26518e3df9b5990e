import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint } from '../../src/registry/fingerprint.js';

/** The same object with keys in another order and every list reversed. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return [...value].reverse().map(reordered);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).reverse().map(([k, v]) => [k, reordered(v)]));
  }
  return value;
}

describe('fingerprint', () => {
  it('does not depend on the order of keys or of list items', () => {
    const a = { name: 'Web orders', connector: 's3', uses: ['segmentation', 'activation'], primaryKey: ['id', 'line'] };
    const b = { primaryKey: ['line', 'id'], uses: ['activation', 'segmentation'], connector: 's3', name: 'Web orders' };
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  it('is the same for any reordering of any JSON value (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => fingerprint(value) === fingerprint(reordered(value))));
  });

  it('changes when a value changes, a key is added, or a list gains an item', () => {
    const base = { name: 'A', schedule: 'daily', uses: ['segmentation'] };
    const prints = new Set([
      fingerprint(base),
      fingerprint({ ...base, schedule: 'hourly' }),
      fingerprint({ ...base, owner: 'x' }),
      fingerprint({ ...base, uses: ['segmentation', 'activation'] }),
      fingerprint({ ...base, schedule: ['daily'] }),
    ]);
    expect(prints.size).toBe(5);
  });

  it('ignores keys whose value is undefined, as JSON does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(fingerprint({ a: 1, b: undefined })).toBe(fingerprint({ a: 1 }));
  });

  // Registries store these: a new release that printed a description differently would mark every reviewed stream changed.
  it('stays what earlier releases stored', () => {
    const stream = { name: 'Web orders', connector: 'ingestion-api', uses: ['segmentation', 'other:fraud scoring'], primaryKey: ['order_id', 'line'], sourceRows: 60000000, alerting: true, keyUnique: false };
    expect(fingerprint(stream)).toBe('871a578495230321a515ed294f32a02b23d275b7742d97a4ac2fc9629e1ae8d1');
  });

  it('is a 64-character hex SHA-256', () => {
    expect(fingerprint({ name: 'A' })).toMatch(/^[0-9a-f]{64}$/);
  });
});
