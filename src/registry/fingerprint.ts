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
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => canonicalJson(item ?? null)).sort();
    return `[${items.join(',')}]`;
  }
  if (value !== null && typeof value === 'object') return canonicalObject(value as Record<string, unknown>);
  return JSON.stringify(value ?? null);
}

// Plain loops: an import fingerprints 100,000 descriptions.
function canonicalObject(object: Record<string, unknown>): string {
  const keys = Object.keys(object).sort();
  let out = '{';
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}
