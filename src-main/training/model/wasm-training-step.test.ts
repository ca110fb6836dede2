import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWasmTrainingKernels } from '../engine/wasm-kernels/register';
import { inferGraph } from '../../../src-shared/graph/infer';
import { LAYER_KINDS } from '../../../src-shared/graph/layers';
import { chainOf, graphOf } from '../../../src-shared/graph/test-graphs';
import type { Graph } from '../../../src-shared/graph/format';
import { listTemplates, type TemplateDataset } from '../../../src-shared/graph/templates';
import { buildModel } from './build-model';

// Every kind must train on the default backend, wasm: one optimizer step, with a finite loss and a
// gradient for every trainable weight. Kinds are grouped into small models so the suite starts few
// tfjs sessions; each group names the kinds it covers.

beforeAll(async () => {
  registerWasmTrainingKernels(tf);
  expect(await tf.setBackend('wasm')).toBe(true);
});

afterAll(async () => {
  await tf.setBackend('cpu');
});

const dense = (units: number, activation = 'linear') => ({ kind: 'dense', params: { units, activation } });

interface Group {
  name: string;
  graph: Graph;
  /** Input values: ids for Embedding, else small random floats. */
  ids?: number;
}

const GROUPS: Group[] = [
  {
    name: 'dense and activations',
    graph: chainOf(
      [6],
      [
        dense(8),
        { kind: 'relu', params: { maxValue: 6 } },
        { kind: 'activation', params: { activation: 'selu' } },
        { kind: 'leakyRelu' },
        { kind: 'elu' },
        { kind: 'layerNormalization' },
        // PReLU after a layer with negative outputs: it learns its slope only from those.
        { kind: 'prelu' },
        { kind: 'gaussianNoise', params: { stddev: 0.1 } },
        { kind: 'dropout', params: { rate: 0.2 } },
        { kind: 'repeatVector', params: { n: 3 } },
        { kind: 'permute', params: { dims: [2, 1] } },
        { kind: 'flatten' },
        { kind: 'reshape', params: { targetShape: [-1] } },
        dense(3),
        { kind: 'softmax' },
      ],
    ),
  },
  {
    name: 'convolutions and pooling on images',
    graph: chainOf(
      [8, 8, 2],
      [
        // tfjs has no gradient for dilated convolutions on any backend; validation says so before training.
        { kind: 'conv2d', params: { filters: 4, padding: 'same' } },
        { kind: 'batchNormalization' },
        { kind: 'spatialDropout2d', params: { rate: 0.2 } },
        { kind: 'separableConv2d', params: { filters: 4, padding: 'same' } },
        { kind: 'depthwiseConv2d', params: { padding: 'same' } },
        { kind: 'maxPooling2d' },
        { kind: 'zeroPadding2d' },
        { kind: 'cropping2d', params: { cropping: [1, 0, 0, 1] } },
        { kind: 'upSampling2d' },
        { kind: 'upSampling2d', params: { interpolation: 'bilinear' } },
        { kind: 'conv2dTranspose', params: { filters: 3, strides: [2, 2], padding: 'same' } },
        { kind: 'averagePooling2d', params: { poolSize: [4, 4], strides: [4, 4] } },
        { kind: 'globalMaxPooling2d' },
        dense(2, 'softmax'),
      ],
    ),
  },
  {
    name: 'global average pooling',
    graph: chainOf([5, 5, 3], [{ kind: 'conv2d', params: { filters: 2 } }, { kind: 'globalAveragePooling2d' }, dense(1)]),
  },
  {
    name: 'sequences: 1D convolutions and pooling',
    graph: chainOf(
      [12, 3],
      [
        { kind: 'conv1d', params: { filters: 4, kernelSize: 3, padding: 'same' } },
        { kind: 'spatialDropout1d', params: { rate: 0.2 } },
        { kind: 'maxPooling1d' },
        { kind: 'averagePooling1d', params: { poolSize: 1, strides: 1 } },
        { kind: 'globalAveragePooling1d' },
        dense(2),
      ],
    ),
  },
  {
    name: 'recurrent layers and wrappers',
    graph: chainOf(
      [6, 3],
      [
        { kind: 'simpleRnn', params: { units: 4, returnSequences: true } },
        { kind: 'gru', params: { units: 4, returnSequences: true } },
        { kind: 'lstm', params: { units: 4, returnSequences: true, dropout: 0.1 } },
        { kind: 'bidirectional', params: { layer: { kind: 'lstm', params: { units: 3, returnSequences: true } } } },
        { kind: 'timeDistributed', params: { layer: { kind: 'dense', params: { units: 2 } } } },
        { kind: 'globalMaxPooling1d' },
        dense(1),
      ],
    ),
  },
  {
    name: 'embedding',
    ids: 20,
    graph: chainOf([5], [{ kind: 'embedding', params: { inputDim: 20, outputDim: 4 } }, { kind: 'flatten' }, dense(2, 'softmax')]),
  },
  {
    name: 'merges',
    graph: graphOf(
      [
        { name: 'in', kind: 'input', params: { shape: [4] } },
        { name: 'a', kind: 'dense', params: { units: 3 } },
        { name: 'b', kind: 'dense', params: { units: 3 } },
        { name: 'sum', kind: 'add' },
        { name: 'product', kind: 'multiply' },
        { name: 'mean', kind: 'average' },
        { name: 'joined', kind: 'concatenate' },
        { name: 'out', kind: 'dense', params: { units: 1 } },
      ],
      [
        ['in', 'a'],
        ['in', 'b'],
        ['a', 'sum', 0],
        ['b', 'sum', 1],
        ['a', 'product', 0],
        ['sum', 'product', 1],
        ['product', 'mean', 0],
        ['b', 'mean', 1],
        ['mean', 'joined', 0],
        ['sum', 'joined', 1],
        ['joined', 'out'],
      ],
    ),
  },
];

/** One SGD step on wasm; returns the loss and whether every trainable weight moved. */
function trainOneStep(group: Group, reconstruction = false): { loss: number; unchanged: string[] } {
  const model = buildModel(tf, group.graph, { seed: 3 });
  try {
    const inference = inferGraph(group.graph);
    const inputShape = inference.byId.get(inference.inputNodeId!)!.outputShape!;
    const outputShape = inference.byId.get(inference.outputNodeId!)!.outputShape!;
    const before = model.trainableWeights.map((w) => w.read().dataSync().slice());
    const optimizer = tf.train.sgd(0.1);
    const loss = tf.tidy(() => {
      const x = group.ids ? tf.randomUniform([4, ...inputShape], 0, group.ids, 'int32').toFloat() : tf.randomNormal([4, ...inputShape], 0, 1, 'float32', 1);
      const y = reconstruction ? x : tf.randomNormal([4, ...outputShape], 0, 1, 'float32', 2);
      const cost = optimizer.minimize(() => tf.losses.meanSquaredError(y, model.apply(x, { training: true }) as tf.Tensor).add(tf.addN([tf.scalar(0), ...model.calculateLosses()])) as tf.Scalar, true);
      return cost!.dataSync()[0];
    });
    optimizer.dispose();
    const unchanged = model.trainableWeights.filter((w, i) => tf.tidy(() => w.read().dataSync().every((v, j) => v === before[i][j]))).map((w) => w.name);
    return { loss, unchanged };
  } finally {
    model.dispose();
  }
}

describe('every kind takes one training step on wasm', () => {
  it('the groups cover every registered kind', () => {
    const covered = new Set(GROUPS.flatMap((group) => group.graph.nodes.flatMap((node) => [node.kind, ...(typeof node.params.layer === 'object' ? [(node.params.layer as { kind: string }).kind] : [])])));
    expect(LAYER_KINDS.filter((kind) => !covered.has(kind))).toEqual([]);
  });

  it.each(GROUPS.map((group) => [group.name, group] as const))('%s', (_name, group) => {
    expect(tf.getBackend()).toBe('wasm');
    const { loss, unchanged } = trainOneStep(group);
    expect(Number.isFinite(loss)).toBe(true);
    expect(unchanged).toEqual([]);
  });
});

const TEMPLATE_DATASETS: TemplateDataset[] = [
  { name: 'Iris', kind: 'table', task: 'classification', inputShape: [4], classes: ['a', 'b', 'c'] },
  { name: 'Houses', kind: 'table', task: 'regression', inputShape: [13], classes: [] },
  { name: 'MNIST', kind: 'images', task: 'classification', inputShape: [28, 28, 1], classes: '0123456789'.split('') },
];

describe('every template builds and takes one training step on wasm', () => {
  it.each(listTemplates().map((template) => [template.id, template] as const))('%s', (_id, template) => {
    const dataset = TEMPLATE_DATASETS.find((d) => template.datasetKinds.includes(d.kind) && template.tasks.includes(d.task))!;
    const { loss, unchanged } = trainOneStep({ name: template.id, graph: template.build(dataset) }, template.objective === 'reconstruction');
    expect(Number.isFinite(loss)).toBe(true);
    expect(unchanged).toEqual([]);
  });
});
