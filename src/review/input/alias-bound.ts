/**
 * js-yaml keeps an alias as a second reference to its anchor's value, so a few hundred bytes of
 * nested aliases (an "alias bomb") parse at once into a value that expands to billions of
 * entries when anything walks it, and `&a [*a]` into one that contains itself. A value that
 * aliases expand past this is refused before anything else looks at it.
 */
export const MAX_EXPANDED_VALUES = 10_000;
const MAX_DEPTH = 500;

class SelfContaining extends Error {}

/**
 * Checks the values of one parsed text (a piece of a file, or a policy) one after another.
 * Sizes are remembered across values, so an alias in a later entry to a large value of an
 * earlier one is caught too (1,000 entries each naming a list of 100,000 would be 10^8 values
 * to validate), while a large value written out in full is never refused.
 */
export class AliasBound {
  private readonly sizes = new Map<object, number>();
  private readonly open = new Set<object>();
  /** The value being checked reaches something it or an earlier value reached already: an alias. */
  private shared = false;

  /** What is wrong with `value`'s aliases (to follow "The stream description"), or null. */
  problem(value: unknown): string | null {
    this.shared = false;
    this.open.clear();
    try {
      const size = this.expandedSize(value, 0);
      return this.shared && size > MAX_EXPANDED_VALUES ? `expands to more than ${MAX_EXPANDED_VALUES.toLocaleString('en')} values through its aliases` : null;
    } catch (error) {
      if (error instanceof SelfContaining) return 'contains itself through an alias (or nests aliases too deeply)';
      throw error;
    }
  }

  /** How many values `value` holds with every alias written out; memoised, so each distinct value is counted once. */
  private expandedSize(value: unknown, depth: number): number {
    if (typeof value !== 'object' || value === null) return 1;
    const known = this.sizes.get(value);
    if (known !== undefined) {
      this.shared = true;
      return known;
    }
    if (this.open.has(value) || depth > MAX_DEPTH) throw new SelfContaining();
    this.open.add(value);
    let size = 1;
    for (const child of Array.isArray(value) ? value : Object.values(value)) size += this.expandedSize(child, depth + 1);
    this.open.delete(value);
    this.sizes.set(value, size);
    return size;
  }
}
