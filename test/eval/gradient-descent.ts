/** How a logistic regression is fitted. */
export interface Descent {
  /** The L2 penalty on the weights `penalise` picks. */
  l2: number;
  steps: number;
  learningRate: number;
  penalise: (weight: number) => boolean;
}

/**
 * Logistic regression by full-batch gradient descent from zero weights, so the same rows always
 * give the same weights. Rows of feature differences, all labelled 1, make a pairwise ranker.
 */
export function descend(rows: readonly number[][], labels: readonly number[], { l2, steps, learningRate, penalise }: Descent): number[] {
  const width = rows[0]?.length ?? 0;
  const w = new Array<number>(width).fill(0);
  const grad = new Array<number>(width);
  for (let step = 0; step < steps; step++) {
    grad.fill(0);
    rows.forEach((row, r) => {
      let z = 0;
      for (let i = 0; i < width; i++) z += row[i]! * w[i]!;
      const error = 1 / (1 + Math.exp(-z)) - labels[r]!;
      for (let i = 0; i < width; i++) grad[i]! += error * row[i]!;
    });
    for (let i = 0; i < width; i++) w[i]! -= learningRate * (grad[i]! / rows.length + (penalise(i) ? l2 * w[i]! : 0));
  }
  return w;
}
