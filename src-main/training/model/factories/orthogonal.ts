import { createRandom } from '../../../../src-shared/training/random';
import type { Tfjs } from '../layer-factories';

// tfjs' Orthogonal initializer runs a QR decomposition made of tensor ops: about 17 s for an LSTM
// of 64 units on the cpu backend, and seconds on wasm, every time a model is built. The same
// matrix family (a random Gaussian matrix made orthonormal, as Keras does) takes milliseconds in
// plain arithmetic. The initializer object stays tfjs' own, so its saved config is unchanged.

/** Values of a [rows, cols] matrix with orthonormal rows or columns (whichever are fewer), times `gain`. */
export function orthogonalValues(rows: number, cols: number, seed: number, gain = 1): Float32Array {
  // Gram–Schmidt works on the columns of a tall matrix; a wide one is done transposed.
  const tall = rows >= cols;
  const n = tall ? rows : cols;
  const k = tall ? cols : rows;
  const random = createRandom(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  const q = Array.from({ length: k }, () => Float64Array.from({ length: n }, normal));
  for (let j = 0; j < k; j++) {
    const v = q[j];
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += q[i][r] * v[r];
      for (let r = 0; r < n; r++) v[r] -= dot * q[i][r];
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += v[r] * v[r];
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) v[r] /= norm;
  }
  const out = new Float32Array(rows * cols);
  for (let j = 0; j < k; j++) {
    for (let r = 0; r < n; r++) {
      if (tall) out[r * cols + j] = gain * q[j][r];
      else out[j * cols + r] = gain * q[j][r];
    }
  }
  return out;
}

/** tfjs' Orthogonal initializer (same class and config) whose values come from orthogonalValues. */
export function fastOrthogonal(tf: Tfjs, seed: number): ReturnType<Tfjs['initializers']['orthogonal']> {
  const init = tf.initializers.orthogonal({ seed });
  init.apply = (shape, dtype) => {
    // Weight shapes are always known when an initializer runs.
    const dims = shape as number[];
    const cols = dims[dims.length - 1];
    const rows = dims.slice(0, -1).reduce((a, b) => a * b, 1);
    return tf.tensor(orthogonalValues(rows, cols, seed), dims, dtype ?? 'float32');
  };
  return init;
}
