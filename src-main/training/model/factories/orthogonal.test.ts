import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fastOrthogonal, orthogonalValues } from './orthogonal';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** max |(M·Mᵀ or Mᵀ·M) − I| over the smaller side. */
function orthogonalityError(values: Float32Array, rows: number, cols: number): number {
  const byRows = rows <= cols;
  const k = byRows ? rows : cols;
  const n = byRows ? cols : rows;
  const at = (i: number, r: number) => (byRows ? values[i * cols + r] : values[r * cols + i]);
  let worst = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += at(i, r) * at(j, r);
      worst = Math.max(worst, Math.abs(dot - (i === j ? 1 : 0)));
    }
  }
  return worst;
}

describe('orthogonalValues', () => {
  it.each([
    [256, 64],
    [64, 256],
    [16, 16],
    [1, 8],
  ])('%i×%i has orthonormal columns or rows', (rows, cols) => {
    expect(orthogonalityError(orthogonalValues(rows, cols, 3), rows, cols)).toBeLessThan(1e-5);
  });

  it('repeats for a seed and changes with another', () => {
    expect(orthogonalValues(8, 4, 1)).toEqual(orthogonalValues(8, 4, 1));
    expect(orthogonalValues(8, 4, 2)).not.toEqual(orthogonalValues(8, 4, 1));
  });

  it("keeps tfjs' Orthogonal class and config, so saved models are unchanged", () => {
    const init = fastOrthogonal(tf, 7);
    expect(init.getClassName()).toBe('Orthogonal');
    expect(init.getConfig()).toEqual(tf.initializers.orthogonal({ seed: 7 }).getConfig());
    const weights = init.apply([4, 2, 8]);
    expect(weights.shape).toEqual([4, 2, 8]);
    expect(orthogonalityError(weights.dataSync() as Float32Array, 8, 8)).toBeLessThan(1e-5);
    weights.dispose();
  });
});
