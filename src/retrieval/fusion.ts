/**
 * Reciprocal rank fusion: each ranking gives a section 1 / (K + its rank); the sums order
 * the sections. It needs no scale shared between the rankings, only their order, and a
 * section both put near the top beats one that only one of them likes.
 */
const K = 10;

export interface Fused {
  /** Section indices, best first. */
  order: number[];
  /** Per section in `order`, its sum against the most there is (first in every ranking): 0-1. */
  score: number[];
}

export function fuseRankings(rankings: readonly (readonly number[])[]): Fused {
  const sums = new Map<number, number>();
  for (const ranking of rankings) ranking.forEach((section, rank) => sums.set(section, (sums.get(section) ?? 0) + 1 / (K + rank)));
  const best = rankings.length / K;
  // Ties keep the first ranking's order: Map iteration is insertion order, and sort is stable.
  const order = [...sums.keys()].sort((a, b) => sums.get(b)! - sums.get(a)!);
  return { order, score: order.map((section) => sums.get(section)! / best) };
}
