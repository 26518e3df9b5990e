import { hash } from 'node:crypto';

/**
 * A stable hash of a parsed description: the same for any order of keys and of list items,
 * so reformatting a file or reordering `uses` does not make a reviewed stream "changed".
 */
export function fingerprint(description: unknown): string {
  return hash('sha256', canonicalJson(description), 'hex');
}

/** JSON with object keys sorted, list items sorted by their own canonical text, `undefined` dropped. */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value ?? null);
  if (!Array.isArray(value)) return canonicalObject(value as Record<string, unknown>);
  if (value.length === 0) return '[]';
  const items = value.map((item: unknown) => canonicalJson(item ?? null));
  return `[${items.sort().join(',')}]`;
}

// A description has a few dozen keys at most, each quoted once, not once per stream; bounded,
// since `fingerprint` takes any value.
const quotedKeys = new Map<string, string>();
const MAX_QUOTED_KEYS = 1024;

function quoted(key: string): string {
  let text = quotedKeys.get(key);
  if (text !== undefined) return text;
  text = JSON.stringify(key);
  if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, text);
  return text;
}

// Plain loops: an import fingerprints 100,000 descriptions.
function canonicalObject(object: Record<string, unknown>): string {
  const keys = Object.keys(object).sort();
  let out = '{';
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${quoted(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}
