import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { TrainConfigSchema, type TrainConfigInput } from '../../../src-shared/training/config';
import { loadTableData } from './data/table-data';
import { resolveObjective } from './objective';
import { RunControl } from './run-control';
import { trainModel, type EpochMetrics, type TrainLoopOptions, type TrainProgress } from './train-loop';
import { arrayData, denseModel, irisSpec } from './testing/test-datasets';
import type { TrainingData } from './data/training-data';
import { loadBackend } from './backends';
import { createRandom } from '../../../src-shared/training/random';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const config = (input: TrainConfigInput) => TrainConfigSchema.parse({ backend: 'cpu', ...input });

async function irisRun(input: TrainConfigInput, extra: Partial<TrainLoopOptions> = {}) {
  const data = await loadTableData(irisSpec());
  const model = denseModel(tf, { inputs: 4, hidden: 12, outputs: 3, activation: 'softmax' });
  const epochs: EpochMetrics[] = [];
  const progress: TrainProgress[] = [];
  const control = extra.control ?? new RunControl();
  const result = await trainModel({
    tf,
    backendId: 'cpu',
    model,
    data,
    objective: resolveObjective(tf, model, data.preprocessing.target),
    config: config(input),
    control,
    onEpoch: (_, m) => {
      epochs.push(m);
    },
    onProgress: (p) => progress.push(p),
    ...extra,
  });
  return { result, epochs, progress, model, data };
}

describe('trainModel on Iris', () => {
  it('reaches more than 90% training accuracy with a small MLP', async () => {
    const { result, epochs, model } = await irisRun({ epochs: 40, batchSize: 16, learningRate: 0.02, optimizer: 'adam' });
    expect(result).toEqual({ status: 'completed', epochsCompleted: 40 });
    const last = epochs[epochs.length - 1];
    expect(Object.keys(last).sort()).toEqual(['accuracy', 'loss', 'val_accuracy', 'val_loss']);
    expect(last.accuracy).toBeGreaterThan(0.9);
    expect(last.val_accuracy).toBeGreaterThan(0.8);
    expect(last.loss).toBeLessThan(epochs[0].loss);
    model.dispose();
  });

  it.each(['sgd', 'momentum', 'adam', 'rmsprop', 'adagrad'] as const)('lowers the loss with %s', async (optimizer) => {
    const { result, epochs, model } = await irisRun({ epochs: 8, batchSize: 16, learningRate: optimizer === 'sgd' ? 0.2 : 0.05, optimizer });
    expect(result.status).toBe('completed');
    expect(epochs[7].loss).toBeLessThan(epochs[0].loss);
    model.dispose();
  });

  it.each([0, 1])('keeps tensor memory flat across epochs (clipNorm %i)', async (clipNorm) => {
    const counts: number[] = [];
    const { model } = await irisRun(
      { epochs: 5, batchSize: 32, clipNorm },
      {
        onEpoch: () => {
          counts.push(tf.memory().numTensors);
        },
      },
    );
    expect(counts).toHaveLength(5);
    expect(counts[4]).toBe(counts[0]);
    model.dispose();
  });

  it('keeps memory flat for a CNN with batch norm and dropout on wasm', async () => {
    const { tf: wasmTf } = await loadBackend('wasm');
    try {
      const rng = createRandom(2);
      const n = 24;
      const data = arrayData({
        inputShape: [6, 6, 1],
        x: Array.from({ length: n * 36 }, () => rng.next()),
        y: Array.from({ length: n }, (_, i) => i % 3),
        valX: Array.from({ length: 8 * 36 }, () => rng.next()),
        valY: Array.from({ length: 8 }, (_, i) => i % 3),
        preprocessing: { input: { kind: 'image', height: 6, width: 6, channels: 1, resize: 'fill', scale: 255 }, target: { task: 'classification', name: null, classes: ['a', 'b', 'c'] } },
      });
      const model = wasmTf.sequential({
        layers: [
          wasmTf.layers.conv2d({ inputShape: [6, 6, 1], filters: 4, kernelSize: 3, padding: 'same' }),
          wasmTf.layers.batchNormalization(),
          wasmTf.layers.activation({ activation: 'relu' }),
          wasmTf.layers.averagePooling2d({ poolSize: 2 }),
          wasmTf.layers.dropout({ rate: 0.3 }),
          wasmTf.layers.flatten(),
          wasmTf.layers.dense({ units: 3, activation: 'softmax' }),
        ],
      });
      const counts: number[] = [];
      const bytes: number[] = [];
      // Buffers the backend holds, including ones made by the composed kernels below the engine.
      const backendBuffers: number[] = [];
      const result = await trainModel({
        tf: wasmTf,
        backendId: 'wasm',
        model,
        data,
        objective: resolveObjective(wasmTf, model, data.preprocessing.target),
        config: config({ epochs: 5, batchSize: 8, backend: 'wasm', clipNorm: 5 }),
        control: new RunControl(),
        onEpoch: () => {
          counts.push(wasmTf.memory().numTensors);
          bytes.push(wasmTf.memory().numBytes);
          backendBuffers.push(wasmTf.backend().numDataIds());
        },
      });
      expect(result.status).toBe('completed');
      expect(counts[4]).toBe(counts[0]);
      expect(bytes[4]).toBe(bytes[0]);
      expect(backendBuffers[4]).toBe(backendBuffers[0]);
      model.dispose();
    } finally {
      await tf.setBackend('cpu');
    }
  });

  it('repeats a run exactly with the same seed', async () => {
    const a = await irisRun({ epochs: 3, batchSize: 16, seed: 5 });
    const b = await irisRun({ epochs: 3, batchSize: 16, seed: 5 });
    expect(b.epochs).toEqual(a.epochs);
    a.model.dispose();
    b.model.dispose();
  });

  it('sends progress at most every 100 ms, plus the last batch of each epoch', async () => {
    // A clock that never moves: only the first report and each epoch's last batch get through.
    const { progress, model } = await irisRun({ epochs: 3, batchSize: 10 }, { now: () => 1000 });
    const training = progress.filter((p) => p.phase === 'training');
    expect(training.map((p) => [p.epoch, p.batch])).toEqual([
      [1, 1],
      [1, 12],
      [2, 12],
      [3, 12],
    ]);
    expect(training.every((p) => p.batches === 12 && p.epochs === 3)).toBe(true);
    model.dispose();
  });

  it('reports speed and an ETA that shrinks to zero', async () => {
    let t = 0;
    const { progress, model } = await irisRun({ epochs: 2, batchSize: 30 }, { now: () => (t += 50) });
    const training = progress.filter((p) => p.phase === 'training');
    expect(training.length).toBeGreaterThan(2);
    expect(training.every((p) => p.samplesPerSec > 0)).toBe(true);
    const etas = training.map((p) => p.etaSeconds ?? Number.POSITIVE_INFINITY);
    expect(etas[etas.length - 1]).toBeLessThan(etas[0]);
    model.dispose();
  });

  it('stops after the current batch when asked', async () => {
    const control = new RunControl();
    const seen: TrainProgress[] = [];
    const { result, epochs, model } = await irisRun(
      { epochs: 10, batchSize: 10 },
      {
        control,
        now: () => 0,
        onProgress: (p) => {
          seen.push(p);
          if (p.epoch === 2 && p.batch === 12) control.stop();
        },
      },
    );
    // Epoch 2's training finished, its validation did not run: one full epoch counts.
    expect(result).toEqual({ status: 'stopped', epochsCompleted: 1 });
    expect(epochs).toHaveLength(1);
    expect(seen[seen.length - 1]).toMatchObject({ epoch: 2, batch: 12 });
    model.dispose();
  });

  it('waits while paused and goes on after resume', async () => {
    const control = new RunControl();
    const events: string[] = [];
    let paused = false;
    const { result, model } = await irisRun(
      { epochs: 2, batchSize: 40 },
      {
        control,
        onProgress: (p) => {
          if (!paused && p.phase === 'training') {
            paused = true;
            control.pause();
            setTimeout(() => {
              events.push('resume requested');
              control.resume();
            }, 30);
          }
        },
        onPaused: () => events.push('paused'),
        onResumed: () => events.push('resumed'),
      },
    );
    expect(result.status).toBe('completed');
    expect(events).toEqual(['paused', 'resume requested', 'resumed']);
    model.dispose();
  });
});

describe('trainModel on other tasks', () => {
  const oneFeature = { kind: 'table' as const, features: [{ name: 'x', type: 'numeric' as const, mean: 0, std: 1 }], size: 1 };

  function run(data: TrainingData, model: tf.LayersModel, input: TrainConfigInput) {
    const epochs: EpochMetrics[] = [];
    return trainModel({
      tf,
      backendId: 'cpu',
      model,
      data,
      objective: resolveObjective(tf, model, data.preprocessing.target),
      config: config(input),
      control: new RunControl(),
      onEpoch: (_, m) => {
        epochs.push(m);
      },
    }).then((result) => ({ result, epochs }));
  }

  it('learns a binary task with one sigmoid output', async () => {
    const xs = Array.from({ length: 60 }, (_, i) => (i - 30) / 10);
    const data = arrayData({
      inputShape: [1],
      x: xs,
      y: xs.map((v) => (v > 0.25 ? 1 : 0)),
      valX: [-2, 2],
      valY: [0, 1],
      preprocessing: { input: oneFeature, target: { task: 'classification', name: 'y', classes: ['no', 'yes'] } },
    });
    const model = denseModel(tf, { inputs: 1, hidden: 8, outputs: 1, activation: 'sigmoid' });
    const { result, epochs } = await run(data, model, { epochs: 30, batchSize: 10, learningRate: 0.05 });
    expect(result.status).toBe('completed');
    expect(Object.keys(epochs[0]).sort()).toEqual(['accuracy', 'loss', 'val_accuracy', 'val_loss']);
    expect(epochs[29].accuracy).toBeGreaterThan(0.9);
    expect(epochs[29].val_accuracy).toBe(1);
    model.dispose();
  });

  it('reports regression error in the target units and omits validation metrics without a validation split', async () => {
    const xs = Array.from({ length: 40 }, (_, i) => i / 20 - 1);
    const targetStd = 50;
    const data = arrayData({
      inputShape: [1],
      x: xs,
      y: xs.map((v) => 0.8 * v),
      preprocessing: { input: oneFeature, target: { task: 'regression', name: 'price', mean: 1000, std: targetStd } },
    });
    // One linear unit starting at zero predicts 0 (the mean) in the only batch: mae = mean |0.8 x| × std.
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [1], units: 1, kernelInitializer: 'zeros' })] });
    const { epochs } = await run(data, model, { epochs: 1, batchSize: 40, optimizer: 'sgd' });
    const expectedMae = (xs.reduce((s, v) => s + Math.abs(0.8 * v), 0) / xs.length) * targetStd;
    expect(Object.keys(epochs[0]).sort()).toEqual(['loss', 'mae']);
    expect(epochs[0].mae).toBeCloseTo(expectedMae, 3);
    model.dispose();
  });

  it('refuses a model with nothing to train', async () => {
    const data = arrayData({ inputShape: [1], x: [1, 2], y: [1, 2], preprocessing: { input: oneFeature, target: { task: 'regression', name: 'y', mean: 0, std: 1 } } });
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [1], units: 1, trainable: false })] });
    await expect(run(data, model, { epochs: 1 })).rejects.toMatchObject({ code: 'GRAPH_INVALID' });
    model.dispose();
  });

  it('ends as diverged when the loss is not finite', async () => {
    const data = arrayData({
      inputShape: [1],
      x: [1e30, -1e30, 1e30, -1e30],
      y: [0, 1, 0, 1],
      preprocessing: { input: oneFeature, target: { task: 'regression', name: 'y', mean: 0, std: 1 } },
    });
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [1], units: 1, kernelInitializer: 'ones' })] });
    const { result, epochs } = await run(data, model, { epochs: 3, batchSize: 2 });
    expect(result).toEqual({ status: 'diverged', epochsCompleted: 0 });
    expect(epochs).toEqual([]);
    model.dispose();
  });

  it('clips the global gradient norm', async () => {
    const xs = [3, -2, 5, 1];
    const data = arrayData({
      inputShape: [1],
      x: xs,
      y: [10, -10, 10, -10],
      preprocessing: { input: oneFeature, target: { task: 'regression', name: 'y', mean: 0, std: 1 } },
    });
    const weightsAfterOneStep = async (clipNorm: number) => {
      const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [1], units: 1, kernelInitializer: 'zeros' })] });
      await run(data, model, { epochs: 1, batchSize: 4, optimizer: 'sgd', learningRate: 1, clipNorm });
      const values = model.getWeights().flatMap((w) => Array.from(w.dataSync()));
      model.dispose();
      return Math.hypot(...values);
    };
    // Starting from zero weights, one SGD step with lr 1 moves them by exactly the (clipped) gradient.
    expect(await weightsAfterOneStep(0.5)).toBeCloseTo(0.5, 5);
    expect(await weightsAfterOneStep(0)).toBeGreaterThan(5);
  });
});
