/** A linear model's weights, by the name of the feature each multiplies. */
export type Weights<Name extends string> = Readonly<Record<Name, number>>;

/** The weighted sum of features given in the order of `names`. */
export function weigh<Name extends string>(names: readonly Name[], weights: Weights<Name>, features: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < names.length; i++) sum += weights[names[i]!] * features[i]!;
  return sum;
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
