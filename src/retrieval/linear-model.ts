/** A linear model's weights, by the name of the feature each multiplies. */
export type Weights<Name extends string> = Readonly<Record<Name, number>>;

// A model's weights are read for every candidate of every question: looked up by name once,
// then kept in feature order.
const vectors = new WeakMap<object, Float64Array>();

function vectorOf<Name extends string>(names: readonly Name[], weights: Weights<Name>): Float64Array {
  let vector = vectors.get(weights);
  if (!vector) vectors.set(weights, (vector = Float64Array.from(names, (name) => weights[name])));
  return vector;
}

/** The weighted sum of features given in the order of `names`. */
export function weigh<Name extends string>(names: readonly Name[], weights: Weights<Name>, features: readonly number[]): number {
  const vector = vectorOf(names, weights);
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i]! * features[i]!;
  return sum;
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
