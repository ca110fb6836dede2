import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { parseCsv } from '../../../src-shared/data/csv';
import type { Preprocessing } from '../../../src-shared/data/preprocessing';
import { chainOf } from '../../../src-shared/graph/test-graphs';
import { TrainConfigSchema } from '../../../src-shared/training/config';
import { createRandom } from '../../../src-shared/training/random';
import { RunControl } from '../engine/run-control';
import { IRIS_CLASSES, IRIS_CSV, irisSpec } from '../engine/testing/test-datasets';
import { buildModel } from '../model/build-model';
import type { FromWorker, ImageDataSpec, WorkerJob } from './protocol';
import { runWorkerJob } from './run-job';

// Train in-process, then predict from the checkpoint with the run's preprocessing, as main does.

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurona-predict-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runJob(job: WorkerJob): Promise<FromWorker[]> {
  const messages: FromWorker[] = [];
  await runWorkerJob(job, { send: (m) => messages.push(m), control: new RunControl(), buildModel });
  return messages;
}

function only<T extends FromWorker['type']>(messages: FromWorker[], type: T): Extract<FromWorker, { type: T }> {
  const found = messages.filter((m) => m.type === type);
  if (found.length !== 1) throw new Error(`expected one ${type} message, got ${messages.map((m) => m.type).join(', ')}`);
  return found[0] as Extract<FromWorker, { type: T }>;
}

async function trained(job: WorkerJob): Promise<{ checkpointPath: string; preprocessing: Preprocessing }> {
  const messages = await runJob(job);
  expect(messages[messages.length - 1]).toMatchObject({ type: 'finished', status: 'completed' });
  return { checkpointPath: only(messages, 'checkpoint').path, preprocessing: only(messages, 'prepared').preprocessing };
}

describe('runWorkerJob: predict', () => {
  it('predicts raw table rows with the fitted preprocessing', async () => {
    const { checkpointPath, preprocessing } = await trained({
      type: 'train',
      runId: 1,
      graph: chainOf([4], [
        { kind: 'dense', params: { units: 12, activation: 'relu' } },
        { kind: 'dense', params: { units: 3, activation: 'softmax' } },
      ]),
      config: TrainConfigSchema.parse({ backend: 'cpu', epochs: 30, batchSize: 16, learningRate: 0.02 }),
      data: irisSpec(),
      checkpointDir: join(dir, 'iris'),
    });
    const table = parseCsv(await readFile(IRIS_CSV, 'utf8'), { fileName: 'iris.csv' });
    const picked = [0, 10, 60, 75, 110, 140];
    const rows = picked.map((r) => Object.fromEntries(table.header.map((name, i) => [name, name === 'species' ? table.rows[r][i] : Number(table.rows[r][i])])));
    // Text values, as a person would type them, work too.
    rows.push({ sepal_length: '5,0', sepal_width: '3.4', petal_length: '1.5', petal_width: '0.2' });
    const messages = await runJob({ type: 'predict', checkpointPath, preprocessing, backend: 'cpu', inputs: { kind: 'table', rows } });
    const { outputs } = only(messages, 'predictions');
    expect(outputs).toHaveLength(7);
    for (const out of outputs) {
      expect(out).toHaveLength(3);
      expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    }
    const predicted = outputs.map((o) => IRIS_CLASSES[o.indexOf(Math.max(...o))]);
    expect(predicted).toEqual(['setosa', 'setosa', 'versicolor', 'versicolor', 'virginica', 'virginica', 'setosa']);
  });

  it('trains a small CNN on images with wasm, then predicts from image files', async () => {
    const rng = createRandom(4);
    const sample = async (i: number, label: number) => {
      // Class 0: a bright left half; class 1: a bright right half; plus noise.
      const pixels = Buffer.alloc(10 * 10);
      for (let y = 0; y < 10; y += 1) for (let x = 0; x < 10; x += 1) pixels[y * 10 + x] = ((x < 5) === (label === 0) ? 200 : 30) + rng.nextInt(40);
      const path = join(dir, `img-${i}.png`);
      await sharp(pixels, { raw: { width: 10, height: 10, channels: 1 } }).png().toFile(path);
      return { path, label, name: `photo-${i}.png` };
    };
    const all = await Promise.all(Array.from({ length: 40 }, (_, i) => sample(i, i % 2)));
    const data: ImageDataSpec = { kind: 'images', inputShape: [8, 8, 1], classes: ['left', 'right'], samples: { train: all.slice(0, 32), val: all.slice(32) }, cacheDir: join(dir, 'cache') };
    const messages = await runJob({
      type: 'train',
      runId: 2,
      graph: chainOf([8, 8, 1], [
        { kind: 'conv2d', params: { filters: 4, activation: 'relu' } },
        { kind: 'maxPooling2d', params: {} },
        { kind: 'flatten', params: {} },
        { kind: 'dense', params: { units: 2, activation: 'softmax' } },
      ]),
      config: TrainConfigSchema.parse({ backend: 'wasm', epochs: 8, batchSize: 8, learningRate: 0.01 }),
      data,
      checkpointDir: join(dir, 'cnn'),
    });
    expect(messages[0]).toEqual({ type: 'backend', backend: 'wasm' });
    const preparing = messages.filter((m) => m.type === 'progress' && m.phase === 'preparing');
    expect(preparing[preparing.length - 1]).toMatchObject({ batch: 40, batches: 40 });
    const epochs = messages.filter((m) => m.type === 'epoch');
    expect(epochs).toHaveLength(8);
    expect(epochs[7].metrics.loss).toBeLessThan(epochs[0].metrics.loss);
    expect(epochs[7].metrics.val_accuracy).toBe(1);
    const prepared = only(messages, 'prepared');
    expect(prepared.preprocessing.input).toEqual({ kind: 'image', height: 8, width: 8, channels: 1, resize: 'fill', scale: 255 });

    const predictions = await runJob({
      type: 'predict',
      checkpointPath: only(messages, 'checkpoint').path,
      preprocessing: prepared.preprocessing,
      backend: 'wasm',
      inputs: { kind: 'images', paths: all.slice(32).map((s) => s.path) },
    });
    const { outputs } = only(predictions, 'predictions');
    expect(outputs.map((o) => (o[1] > o[0] ? 1 : 0))).toEqual(all.slice(32).map((s) => s.label));
  });

  it('fails with a code when the checkpoint is missing', async () => {
    const messages = await runJob({
      type: 'predict',
      checkpointPath: join(dir, 'nothing-here'),
      preprocessing: { input: { kind: 'table', features: [], size: 1 }, target: { task: 'regression', name: 'y', mean: 0, std: 1 } },
      backend: 'cpu',
      inputs: { kind: 'table', rows: [{}] },
    });
    expect(messages).toEqual([{ type: 'failed', error: expect.objectContaining({ code: 'CHECKPOINT_INVALID' }) }]);
  });
});

describe('runWorkerJob: probe', () => {
  it('lists the backends in ladder order', async () => {
    const { backends } = only(await runJob({ type: 'probe' }), 'probe');
    expect(backends.map((b) => b.id)).toEqual(['tfjs-node-gpu', 'tfjs-node', 'wasm', 'cpu']);
    expect(backends.find((b) => b.id === 'cpu')).toEqual({ id: 'cpu', available: true, reason: null });
    for (const b of backends) expect(b.available === (b.reason === null)).toBe(true);
  });
});
