import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { registerWasmTrainingKernels } from './register';
import { createRandom } from '../../../../src-shared/training/random';

// The composed wasm kernels must give the cpu backend's gradients (the reference).

type Pad = 'same' | 'valid' | [[0, 0], [number, number], [number, number], [0, 0]];

interface ConvCase {
  batch: number;
  size: [number, number];
  inC: number;
  outC: number;
  kernel: number;
  stride: number;
  pad: Pad;
}

function randomValues(n: number, seed: number): Float32Array {
  const r = createRandom(seed);
  return Float32Array.from({ length: n }, () => r.next() * 2 - 1);
}

function maxRelativeError(actual: Float32Array, expected: Float32Array): number {
  const scale = Math.max(1, ...Array.from(expected, Math.abs));
  let worst = 0;
  for (let i = 0; i < expected.length; i += 1) worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / scale);
  return worst;
}

/** Gradients of Σ dy · f(x, w) with respect to x and w on `backend`. */
async function gradients(
  backend: string,
  f: (x: tf.Tensor4D, w: tf.Tensor4D) => tf.Tensor4D,
  xShape: [number, number, number, number],
  wShape: [number, number, number, number],
): Promise<{ dx: Float32Array; dw: Float32Array; leakedData: number }> {
  await tf.setBackend(backend);
  const before = tf.backend().numDataIds();
  const [dx, dw] = tf.tidy(() => {
    const x = tf.tensor4d(randomValues(xShape.reduce((a, b) => a * b), 1), xShape);
    const w = tf.tensor4d(randomValues(wShape.reduce((a, b) => a * b), 2), wShape);
    const outShape = f(x, w).shape;
    const dy = tf.tensor(randomValues(outShape.reduce((a, b) => a * b), 3), outShape) as tf.Tensor4D;
    const [gx, gw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => f(a as tf.Tensor4D, b as tf.Tensor4D))([x, w], dy);
    return [gx.dataSync() as Float32Array, gw.dataSync() as Float32Array];
  });
  return { dx, dw, leakedData: tf.backend().numDataIds() - before };
}

beforeAll(async () => {
  registerWasmTrainingKernels(tf);
  expect(await tf.setBackend('wasm')).toBe(true);
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

const TOLERANCE = 1e-4;

describe('Conv2DBackpropFilter on wasm', () => {
  const cases: ConvCase[] = [
    { batch: 2, size: [6, 6], inC: 1, outC: 2, kernel: 1, stride: 1, pad: 'valid' },
    { batch: 3, size: [7, 7], inC: 3, outC: 4, kernel: 3, stride: 1, pad: 'same' },
    { batch: 2, size: [8, 7], inC: 2, outC: 3, kernel: 3, stride: 1, pad: 'valid' },
    { batch: 2, size: [8, 8], inC: 3, outC: 5, kernel: 3, stride: 2, pad: 'same' },
    { batch: 2, size: [9, 8], inC: 2, outC: 2, kernel: 3, stride: 2, pad: 'valid' },
    { batch: 2, size: [9, 9], inC: 4, outC: 3, kernel: 5, stride: 1, pad: 'same' },
    { batch: 3, size: [11, 10], inC: 1, outC: 6, kernel: 5, stride: 2, pad: 'valid' },
    { batch: 2, size: [10, 10], inC: 3, outC: 2, kernel: 5, stride: 2, pad: 'same' },
    { batch: 2, size: [7, 6], inC: 2, outC: 3, kernel: 3, stride: 2, pad: [[0, 0], [1, 2], [2, 0], [0, 0]] },
  ];

  it.each(cases)('matches cpu: batch $batch, $size, $inC→$outC channels, kernel $kernel, stride $stride, pad $pad', async (c) => {
    const conv = (x: tf.Tensor4D, w: tf.Tensor4D) => tf.conv2d(x, w, c.stride, c.pad);
    const xShape: [number, number, number, number] = [c.batch, c.size[0], c.size[1], c.inC];
    const wShape: [number, number, number, number] = [c.kernel, c.kernel, c.inC, c.outC];
    const cpu = await gradients('cpu', conv, xShape, wShape);
    const wasm = await gradients('wasm', conv, xShape, wShape);
    expect(maxRelativeError(wasm.dw, cpu.dw)).toBeLessThan(TOLERANCE);
    expect(maxRelativeError(wasm.dx, cpu.dx)).toBeLessThan(TOLERANCE);
    expect(wasm.leakedData).toBe(0);
  });
});

// tfjs refuses depthwise gradients with dilation > 1 on every backend, so dilation stays 1 here.
describe('DepthwiseConv2dNative gradients on wasm', () => {
  const cases = [
    { batch: 2, size: [6, 6], inC: 2, multiplier: 1, kernel: 3, stride: 1, pad: 'same', dilation: 1 },
    { batch: 2, size: [7, 8], inC: 3, multiplier: 2, kernel: 3, stride: 2, pad: 'valid', dilation: 1 },
    { batch: 3, size: [8, 8], inC: 2, multiplier: 3, kernel: 5, stride: 2, pad: 'same', dilation: 1 },
    { batch: 2, size: [9, 9], inC: 2, multiplier: 2, kernel: 5, stride: 1, pad: 'valid', dilation: 1 },
    { batch: 2, size: [5, 5], inC: 4, multiplier: 1, kernel: 1, stride: 1, pad: 'valid', dilation: 1 },
  ] as const;

  it.each(cases)('matches cpu: batch $batch, $size, $inC channels ×$multiplier, kernel $kernel, stride $stride, $pad, dilation $dilation', async (c) => {
    const conv = (x: tf.Tensor4D, w: tf.Tensor4D) => tf.depthwiseConv2d(x, w, c.stride, c.pad, 'NHWC', c.dilation);
    const xShape: [number, number, number, number] = [c.batch, c.size[0], c.size[1], c.inC];
    const wShape: [number, number, number, number] = [c.kernel, c.kernel, c.inC, c.multiplier];
    const cpu = await gradients('cpu', conv, xShape, wShape);
    const wasm = await gradients('wasm', conv, xShape, wShape);
    expect(maxRelativeError(wasm.dw, cpu.dw)).toBeLessThan(TOLERANCE);
    expect(maxRelativeError(wasm.dx, cpu.dx)).toBeLessThan(TOLERANCE);
    expect(wasm.leakedData).toBe(0);
  });
});

describe('registerWasmTrainingKernels', () => {
  it('registers once and is a no-op afterwards', () => {
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
    expect(registerWasmTrainingKernels(tf)).toEqual([]);
  });
});

describe('a small CNN on wasm', () => {
  it('takes training steps with a decreasing loss', async () => {
    await tf.setBackend('wasm');
    const rng = createRandom(9);
    const n = 48;
    // Class 0: a bright vertical bar; class 1: a bright horizontal bar; plus noise.
    const pixels = new Float32Array(n * 8 * 8);
    const labels = new Int32Array(n);
    for (let s = 0; s < n; s += 1) {
      labels[s] = s % 2;
      const line = 1 + rng.nextInt(6);
      for (let i = 0; i < 8; i += 1) {
        for (let j = 0; j < 8; j += 1) {
          const on = labels[s] === 0 ? j === line : i === line;
          pixels[s * 64 + i * 8 + j] = (on ? 1 : 0) + rng.next() * 0.3;
        }
      }
    }
    const model = tf.sequential({
      layers: [
        tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 4, kernelSize: 3, strides: 1, padding: 'same', activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
        tf.layers.maxPooling2d({ poolSize: 2 }),
        tf.layers.conv2d({ filters: 4, kernelSize: 3, strides: 2, padding: 'valid', activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
        tf.layers.flatten(),
        tf.layers.dense({ units: 2, kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }),
      ],
    });
    const x = tf.tensor4d(pixels, [n, 8, 8, 1]);
    const y = tf.oneHot(tf.tensor1d(labels, 'int32'), 2);
    const optimizer = tf.train.adam(0.02);
    const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
    const losses: number[] = [];
    for (let step = 0; step < 25; step += 1) {
      const cost = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(y, model.apply(x, { training: true }) as tf.Tensor), true, vars);
      losses.push((await cost!.data())[0]);
      cost!.dispose();
    }
    expect(losses.every(Number.isFinite)).toBe(true);
    const early = (losses[0] + losses[1] + losses[2]) / 3;
    const late = (losses[22] + losses[23] + losses[24]) / 3;
    expect(late).toBeLessThan(early * 0.8);
    tf.dispose([x, y]);
    model.dispose();
    optimizer.dispose();
  });
});
