import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src-shared/training/random';
import { registerWasmTrainingKernels } from './register';

// The composed UnsortedSegmentSum must give the cpu backend's sums (the reference), directly and as
// the gradient of gather (what Embedding trains through).

beforeAll(async () => {
  registerWasmTrainingKernels(tf);
  expect(await tf.setBackend('wasm')).toBe(true);
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

function values(n: number, seed: number): Float32Array {
  const random = createRandom(seed);
  return Float32Array.from({ length: n }, () => random.next() * 2 - 1);
}

async function onBackend<T>(backend: string, run: () => T): Promise<{ result: T; leaked: number }> {
  await tf.setBackend(backend);
  const before = tf.backend().numDataIds();
  const result = run();
  return { result, leaked: tf.backend().numDataIds() - before };
}

const cases: { name: string; rowShape: number[]; ids: number[]; segments: number }[] = [
  { name: 'one value per id, no repeats', rowShape: [], ids: [2, 0, 1], segments: 3 },
  { name: 'repeated ids add up', rowShape: [4], ids: [1, 1, 3, 1, 0, 3], segments: 5 },
  { name: 'segments nobody writes stay zero', rowShape: [2, 3], ids: [4, 4], segments: 7 },
  { name: 'ids outside the range contribute nothing', rowShape: [3], ids: [-1, 2, 9, 2, 0], segments: 3 },
];

describe('UnsortedSegmentSum on wasm', () => {
  it.each(cases)('$name', async ({ rowShape, ids, segments }) => {
    const xShape = [ids.length, ...rowShape];
    const size = xShape.reduce((a, b) => a * b, 1);
    const run = () =>
      tf.tidy(() => Array.from(tf.unsortedSegmentSum(tf.tensor(values(size, 5), xShape), tf.tensor1d(ids, 'int32'), segments).dataSync()));
    const cpu = await onBackend('cpu', run);
    const wasm = await onBackend('wasm', run);
    expect(wasm.result.length).toBe(segments * rowShape.reduce((a, b) => a * b, 1));
    wasm.result.forEach((value, i) => expect(value).toBeCloseTo(cpu.result[i], 5));
    expect(wasm.leaked).toBe(0);
  });

  it('gives the gradient of gather, as an Embedding lookup uses it', async () => {
    const grad = () =>
      tf.tidy(() => {
        const table = tf.tensor2d(values(10 * 4, 1), [10, 4]);
        const ids = tf.tensor2d([1, 3, 1, 9, 0, 3], [2, 3], 'int32');
        const dy = tf.tensor3d(values(2 * 3 * 4, 2), [2, 3, 4]);
        return Array.from(tf.grad((t: tf.Tensor) => tf.gather(t, ids).mul(dy).sum())(table).dataSync());
      });
    const cpu = await onBackend('cpu', grad);
    const wasm = await onBackend('wasm', grad);
    wasm.result.forEach((value, i) => expect(value).toBeCloseTo(cpu.result[i], 5));
    expect(wasm.leaked).toBe(0);
  });
});
