import { describe, expect, it } from 'vitest';
import { descend } from './gradient-descent.js';

const settings = { l2: 1e-3, steps: 2000, learningRate: 0.5, penalise: (i: number) => i > 0 };
const logistic = (w: number[], row: number[]) => 1 / (1 + Math.exp(-row.reduce((z, x, i) => z + x * w[i]!, 0)));

describe('logistic regression by gradient descent', () => {
  // Bias, then one feature that decides the label; the second is noise.
  const rows = [[1, 2, 0.3], [1, 1.5, -0.2], [1, 1, 0.1], [1, -1, 0.2], [1, -1.5, -0.1], [1, -2, 0.3]];
  const labels = [1, 1, 1, 0, 0, 0];

  it('separates what one feature decides, and leans on it more than on the noise', () => {
    const w = descend(rows, labels, settings);
    rows.forEach((row, r) => expect(logistic(w, row) > 0.5, `row ${r}`).toBe(labels[r] === 1));
    expect(Math.abs(w[1]!)).toBeGreaterThan(5 * Math.abs(w[2]!));
  });

  it('gives the same weights for the same rows', () => {
    expect(descend(rows, labels, settings)).toEqual(descend(rows, labels, settings));
  });

  it('pulls penalised weights towards zero', () => {
    const loose = descend(rows, labels, settings);
    const tight = descend(rows, labels, { ...settings, l2: 1 });
    expect(Math.abs(tight[1]!)).toBeLessThan(Math.abs(loose[1]!));
  });
});
