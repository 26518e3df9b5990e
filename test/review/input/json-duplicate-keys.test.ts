import { describe, expect, it } from 'vitest';
import { findDuplicateJsonKey } from '../../../src/review/input/json-duplicate-keys.js';

describe('findDuplicateJsonKey', () => {
  it('finds nothing in JSON without repeated keys', () => {
    expect(findDuplicateJsonKey('{"a": 1, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]}')).toBeNull();
    expect(findDuplicateJsonKey('[]')).toBeNull();
  });

  it('names the path of a repeated key, top level or nested in lists', () => {
    expect(findDuplicateJsonKey('{"name": "x", "name": "y"}')).toBe('name');
    expect(findDuplicateJsonKey('[{"name": "a"}, {"name": "b", "uses": [], "uses": ["analytics"]}]')).toBe('[1].uses');
    expect(findDuplicateJsonKey('{"outer": {"k": 1, "k": 2}}')).toBe('outer.k');
  });

  it('is not fooled by keys inside strings or escaped quotes', () => {
    expect(findDuplicateJsonKey('{"a": "\\"a\\": 1", "b": "{\\"a\\":2}"}')).toBeNull();
    expect(findDuplicateJsonKey('{"a\\"b": 1, "a\\"b": 2}')).toBe('a"b');
  });
});
