import { afterAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { StudioError } from '../../../src-shared/errors';
import { TrainConfigSchema } from '../../../src-shared/training/config';
import { loadBackend } from './backends';
import { explainKernelError, missingKernelOf } from './kernel-errors';
import { resolveObjective } from './objective';
import { RunControl } from './run-control';
import { trainModel } from './train-loop';
import { registerWasmTrainingKernels } from './wasm-kernels/register';
import { arrayData } from './testing/test-datasets';

afterAll(async () => {
  await tf.setBackend('cpu');
});

describe('explainKernelError', () => {
  it.each([
    {
      err: new Error("Kernel 'UnsortedSegmentSum' not registered for backend 'wasm'"),
      backend: 'wasm',
      message: 'The wasm backend cannot train this model: kernel UnsortedSegmentSum is missing. Choose the cpu backend in the run settings, or change the model.',
    },
    {
      err: new Error("Kernel 'FFT' not registered for backend 'cpu'"),
      backend: 'cpu',
      message: 'The cpu backend cannot train this model: kernel FFT is missing. Change the model.',
    },
  ])('turns a missing $backend kernel into KERNEL_UNSUPPORTED', ({ err, backend, message }) => {
    const out = explainKernelError(err, backend);
    expect(out).toBeInstanceOf(StudioError);
    expect(out).toMatchObject({ code: 'KERNEL_UNSUPPORTED', message, details: { backend, kernel: missingKernelOf(err) } });
  });

  it('passes other errors through unchanged', () => {
    const err = new Error('Shapes do not match');
    expect(explainKernelError(err, 'wasm')).toBe(err);
    expect(explainKernelError('text', 'wasm')).toBe('text');
  });
});

describe('a model needing a kernel wasm lacks', () => {
  it('fails training with KERNEL_UNSUPPORTED, not a raw tfjs error', async () => {
    const { tf: wasmTf, id } = await loadBackend('wasm');
    expect(id).toBe('wasm');
    // Embedding's gradient needs UnsortedSegmentSum, which wasm itself lacks; the studio registers a
    // composed one (wasm-kernels/unsorted-segment-sum.ts), taken away here to meet a missing kernel.
    wasmTf.unregisterKernel('UnsortedSegmentSum', 'wasm');
    const model = wasmTf.sequential({
      layers: [wasmTf.layers.embedding({ inputDim: 5, outputDim: 2, inputLength: 3 }), wasmTf.layers.flatten(), wasmTf.layers.dense({ units: 2, activation: 'softmax' })],
    });
    const data = arrayData({
      inputShape: [3],
      x: [0, 1, 2, 3, 4, 0, 1, 1, 2, 4, 4, 3],
      y: [0, 1, 0, 1],
      preprocessing: {
        input: { kind: 'table', features: ['a', 'b', 'c'].map((name) => ({ name, type: 'numeric' as const, mean: 0, std: 1 })), size: 3 },
        target: { task: 'classification', name: 'y', classes: ['x', 'y'] },
      },
    });
    const run = trainModel({
      tf: wasmTf,
      backendId: id,
      model,
      data,
      objective: resolveObjective(wasmTf, model, data.preprocessing.target),
      config: TrainConfigSchema.parse({ epochs: 1, batchSize: 4, backend: 'wasm' }),
      control: new RunControl(),
    });
    try {
      await expect(run).rejects.toMatchObject({
        code: 'KERNEL_UNSUPPORTED',
        message: 'The wasm backend cannot train this model: kernel UnsortedSegmentSum is missing. Choose the cpu backend in the run settings, or change the model.',
      });
    } finally {
      model.dispose();
      expect(registerWasmTrainingKernels(wasmTf)).toEqual(['UnsortedSegmentSum']);
    }
  });
});
