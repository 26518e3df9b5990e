/**
 * Why a stream is unchecked, in the order the reasons are checked (digest.md, "Unchecked"):
 * a stream has the first reason that applies.
 */
export const CHECK_ORDER = ['never-reviewed', 'changed-since-review', 'failed-review', 'stale-review'] as const;
export type UncheckedReason = (typeof CHECK_ORDER)[number];

/**
 * The order the digest shows them and `digest --json` lists them: worst first. A failed
 * review is a known problem; a change since review may be one; no review says nothing yet.
 */
export const WORST_FIRST: readonly UncheckedReason[] = ['failed-review', 'changed-since-review', 'never-reviewed', 'stale-review'];

export function isUncheckedReason(value: string): value is UncheckedReason {
  return (CHECK_ORDER as readonly string[]).includes(value);
}
