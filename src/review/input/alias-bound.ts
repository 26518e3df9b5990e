/**
 * js-yaml keeps an alias as a second reference to its anchor's value, so a few hundred bytes of
 * nested aliases (an "alias bomb") parse at once into a value that expands to billions of
 * entries when anything walks it, and `&a [*a]` into one that contains itself. A value that
 * aliases expand past this is refused before anything else looks at it.
 */
export const MAX_EXPANDED_VALUES = 10_000;
const MAX_DEPTH = 500;

class SelfContaining extends Error {}

interface Walk {
  sizes: Map<object, number>;
  open: Set<object>;
  /** Some value is reached twice: an alias. */
  shared: boolean;
}

/** How many values `value` holds with every alias written out; memoised, so each distinct value is counted once. */
function expandedSize(value: unknown, walk: Walk, depth: number): number {
  if (typeof value !== 'object' || value === null) return 1;
  const known = walk.sizes.get(value);
  if (known !== undefined) {
    walk.shared = true;
    return known;
  }
  if (walk.open.has(value) || depth > MAX_DEPTH) throw new SelfContaining();
  walk.open.add(value);
  let size = 1;
  for (const child of Array.isArray(value) ? value : Object.values(value)) size += expandedSize(child, walk, depth + 1);
  walk.open.delete(value);
  walk.sizes.set(value, size);
  return size;
}

/** What is wrong with a parsed value's aliases (to follow "The stream description"), or null. */
export function aliasProblem(value: unknown): string | null {
  const walk: Walk = { sizes: new Map(), open: new Set(), shared: false };
  try {
    const size = expandedSize(value, walk, 0);
    return walk.shared && size > MAX_EXPANDED_VALUES ? `expands to more than ${MAX_EXPANDED_VALUES.toLocaleString('en')} values through its aliases` : null;
  } catch (error) {
    if (error instanceof SelfContaining) return 'contains itself through an alias (or nests aliases too deeply)';
    throw error;
  }
}
