import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src-shared/graph/format';
import { inferGraph } from '../../../src-shared/graph/infer';
import { LAYER_KINDS } from '../../../src-shared/graph/layers';
import { chainOf, graphOf } from '../../../src-shared/graph/test-graphs';
import { validateGraph } from '../../../src-shared/graph/validate';
import { buildModel } from './build-model';

// For every kind, shape inference and parameter counts must equal what tfjs itself computes for the
// same layer on the same input. SpatialDropout2D is the project's own class: its shape and count
// (none) are checked against hand-computed values in layers.test.ts and here through the builder.

beforeAll(async () => {
  await tf.setBackend('cpu');
});

type Case = [kind: string, inputShape: number[], params: Record<string, unknown>];

const lstm = (params: Record<string, unknown>) => ({ kind: 'lstm', params });

const SINGLE_INPUT: Case[] = [
  ['dense', [4], { units: 3 }],
  ['dense', [7], { units: 5, activation: 'softmax', useBias: false, kernelInitializer: 'heNormal', kernelL2: 0.01 }],
  ['dense', [6, 3], { units: 2, activation: 'swish' }],
  ['embedding', [10], { inputDim: 50, outputDim: 8 }],
  ['embedding', [4], { inputDim: 7, outputDim: 3, embeddingsL1: 0.001 }],
  ['embedding', [3, 2], { inputDim: 5, outputDim: 4 }],
  ['conv1d', [20, 3], { filters: 4, kernelSize: 5 }],
  ['conv1d', [20, 2], { filters: 3, kernelSize: 3, strides: 2, padding: 'same', useBias: false }],
  ['conv1d', [16, 1], { filters: 2, kernelSize: 3, padding: 'same', dilationRate: 2 }],
  ['conv2d', [9, 9, 1], { filters: 4 }],
  ['conv2d', [9, 7, 3], { filters: 2, kernelSize: [5, 3], strides: [2, 2], padding: 'same', activation: 'relu', useBias: false }],
  ['conv2d', [12, 12, 2], { filters: 3, kernelSize: [3, 3], dilationRate: [2, 2], activation: 'elu' }],
  ['separableConv2d', [8, 8, 3], { filters: 4 }],
  ['separableConv2d', [9, 7, 2], { filters: 5, kernelSize: [3, 2], strides: [2, 2], padding: 'same', depthMultiplier: 2, useBias: false }],
  ['separableConv2d', [10, 10, 1], { filters: 2, dilationRate: [2, 2] }],
  ['depthwiseConv2d', [8, 8, 3], {}],
  ['depthwiseConv2d', [9, 9, 2], { kernelSize: [5, 5], strides: [2, 2], padding: 'same', depthMultiplier: 3 }],
  ['depthwiseConv2d', [7, 7, 4], { useBias: false, kernelSize: [2, 2] }],
  ['conv2dTranspose', [5, 5, 3], { filters: 4 }],
  ['conv2dTranspose', [4, 6, 2], { filters: 3, kernelSize: [3, 3], strides: [2, 2], padding: 'same' }],
  ['conv2dTranspose', [4, 4, 1], { filters: 2, kernelSize: [2, 2], strides: [3, 3], useBias: false }],
  ['maxPooling1d', [10, 3], {}],
  ['maxPooling1d', [11, 2], { poolSize: 3, strides: 2, padding: 'same' }],
  ['maxPooling1d', [9, 1], { poolSize: 4, strides: 1 }],
  ['maxPooling2d', [8, 8, 2], {}],
  ['maxPooling2d', [7, 5, 1], { poolSize: [3, 2], strides: [1, 2], padding: 'same' }],
  ['maxPooling2d', [9, 9, 3], { poolSize: [3, 3], strides: [3, 3] }],
  ['averagePooling1d', [10, 3], {}],
  ['averagePooling1d', [9, 2], { poolSize: 3, strides: 3, padding: 'same' }],
  ['averagePooling1d', [6, 4], { poolSize: 2, strides: 1 }],
  ['averagePooling2d', [7, 7, 3], {}],
  ['averagePooling2d', [7, 7, 3], { poolSize: [3, 3], strides: [2, 2], padding: 'same' }],
  ['averagePooling2d', [9, 6, 2], { poolSize: [3, 2], strides: [3, 2] }],
  ['globalMaxPooling1d', [5, 4], {}],
  ['globalMaxPooling1d', [1, 7], {}],
  ['globalMaxPooling1d', [12, 1], {}],
  ['globalMaxPooling2d', [5, 4, 6], {}],
  ['globalMaxPooling2d', [1, 1, 3], {}],
  ['globalMaxPooling2d', [3, 8, 2], {}],
  ['globalAveragePooling1d', [5, 4], {}],
  ['globalAveragePooling1d', [2, 9], {}],
  ['globalAveragePooling1d', [30, 1], {}],
  ['globalAveragePooling2d', [5, 4, 6], {}],
  ['globalAveragePooling2d', [2, 2, 1], {}],
  ['globalAveragePooling2d', [6, 3, 5], {}],
  ['batchNormalization', [6], {}],
  ['batchNormalization', [4, 4, 3], { momentum: 0.9, epsilon: 0.01 }],
  ['batchNormalization', [5, 2], { center: false, scale: false }],
  ['layerNormalization', [6], {}],
  ['layerNormalization', [4, 4, 3], { epsilon: 0.01 }],
  ['layerNormalization', [5, 2], { scale: false }],
  ['dropout', [5], { rate: 0.3 }],
  ['dropout', [4, 4, 2], { rate: 0 }],
  ['dropout', [3, 2], {}],
  ['spatialDropout1d', [6, 3], { rate: 0.2 }],
  ['spatialDropout1d', [2, 5], {}],
  ['spatialDropout1d', [8, 1], { rate: 0 }],
  ['spatialDropout2d', [6, 6, 3], { rate: 0.2 }],
  ['spatialDropout2d', [2, 3, 4], {}],
  ['spatialDropout2d', [5, 5, 1], { rate: 0.9 }],
  ['gaussianNoise', [5], {}],
  ['gaussianNoise', [4, 4, 2], { stddev: 1 }],
  ['gaussianNoise', [3, 3], { stddev: 0.01 }],
  ['simpleRnn', [5, 3], { units: 4 }],
  ['simpleRnn', [6, 2], { units: 3, returnSequences: true, useBias: false }],
  ['simpleRnn', [2, 7], { units: 1, activation: 'relu', recurrentL2: 0.01 }],
  ['lstm', [5, 3], { units: 4 }],
  ['lstm', [6, 2], { units: 3, returnSequences: true, unitForgetBias: false }],
  ['lstm', [4, 5], { units: 2, useBias: false, recurrentActivation: 'hardSigmoid', dropout: 0.1 }],
  ['gru', [5, 3], { units: 4 }],
  ['gru', [6, 2], { units: 3, returnSequences: true }],
  ['gru', [4, 5], { units: 2, useBias: false, kernelL1: 0.01 }],
  ['bidirectional', [5, 3], { layer: lstm({ units: 4 }) }],
  ['bidirectional', [6, 2], { layer: { kind: 'gru', params: { units: 3, returnSequences: true } }, mergeMode: 'sum' }],
  ['bidirectional', [4, 5], { layer: { kind: 'simpleRnn', params: { units: 2 } }, mergeMode: 'ave' }],
  ['timeDistributed', [5, 3], {}],
  ['timeDistributed', [6, 2], { layer: { kind: 'dense', params: { units: 7, activation: 'relu' } } }],
  ['timeDistributed', [4, 5], { layer: { kind: 'dense', params: { units: 1, useBias: false } } }],
  ['flatten', [3, 4, 5], {}],
  ['flatten', [6, 2], {}],
  ['flatten', [2, 2, 2, 2], {}],
  ['reshape', [12], { targetShape: [3, 4] }],
  ['reshape', [4, 6], { targetShape: [-1, 3, 2] }],
  ['reshape', [2, 3, 4], { targetShape: [-1] }],
  ['permute', [3, 5], {}],
  ['permute', [2, 3, 4], { dims: [3, 1, 2] }],
  ['permute', [6], { dims: [1] }],
  ['repeatVector', [4], {}],
  ['repeatVector', [1], { n: 7 }],
  ['repeatVector', [9], { n: 1 }],
  ['upSampling2d', [3, 4, 2], {}],
  ['upSampling2d', [2, 2, 1], { size: [3, 1], interpolation: 'bilinear' }],
  ['upSampling2d', [5, 3, 3], { size: [1, 2] }],
  ['zeroPadding2d', [3, 4, 2], {}],
  ['zeroPadding2d', [2, 2, 1], { padding: [0, 2, 3, 1] }],
  ['zeroPadding2d', [5, 3, 3], { padding: [2, 2, 0, 0] }],
  ['cropping2d', [6, 6, 2], {}],
  ['cropping2d', [6, 7, 1], { cropping: [1, 2, 0, 3] }],
  ['cropping2d', [4, 4, 3], { cropping: [1, 1, 1, 1] }],
  ['activation', [5], {}],
  ['activation', [5], { activation: 'tanh' }],
  ['activation', [3, 2], { activation: 'hardSigmoid' }],
  ['activation', [5], { activation: 'softsign' }],
  ['activation', [5], { activation: 'relu6' }],
  ['relu', [5], {}],
  ['relu', [3, 3, 2], { maxValue: 6 }],
  ['relu', [2, 4], { maxValue: 0.5 }],
  ['leakyRelu', [5], {}],
  ['leakyRelu', [3, 3, 2], { alpha: 0.01 }],
  ['leakyRelu', [2, 4], { alpha: 1 }],
  ['prelu', [5], {}],
  ['prelu', [3, 3, 2], { alphaInitializer: 'ones' }],
  ['prelu', [2, 4], {}],
  ['elu', [5], {}],
  ['elu', [3, 3, 2], {}],
  ['elu', [2, 4], {}],
  ['softmax', [5], {}],
  ['softmax', [3, 3, 2], {}],
  ['softmax', [2, 4], {}],
];

/** Builds the graph with tfjs and checks tfjs agrees with shape inference, then runs a forward pass. */
function expectSameAsTfjs(graph: Graph, inputValues = 1): void {
  const inference = inferGraph(graph);
  expect(inference.issues).toEqual([]);
  expect(validateGraph(graph).issues.every((issue) => issue.details?.reason === 'not-trainable')).toBe(true);
  const model = buildModel(tf, graph, { seed: 1, forTraining: false });
  try {
    const output = inference.byId.get(inference.outputNodeId!)!.outputShape!;
    expect(model.outputs[0].shape.slice(1)).toEqual(output);
    for (const node of inference.nodes) {
      const layer = model.getLayer(node.name);
      expect([layer.name, layer.countParams()]).toEqual([node.name, node.paramCount]);
      const trainableCount = layer.trainableWeights.reduce((sum, weight) => sum + weight.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);
      expect([layer.name, trainableCount]).toEqual([node.name, node.trainableParams]);
    }
    expect(model.countParams()).toBe(inference.totalParams);
    const inputShape = inference.byId.get(inference.inputNodeId!)!.outputShape!;
    tf.tidy(() => {
      const prediction = model.predict(tf.fill([2, ...inputShape], inputValues)) as tf.Tensor;
      expect(prediction.shape).toEqual([2, ...output]);
      expect(prediction.isNaN().any().dataSync()[0]).toBe(0);
    });
  } finally {
    model.dispose();
  }
}

describe('every kind agrees with tfjs on shapes and parameter counts', () => {
  it('covers every registered kind with at least three cases', () => {
    const covered = new Map<string, number>();
    for (const [kind] of SINGLE_INPUT) covered.set(kind, (covered.get(kind) ?? 0) + 1);
    for (const kind of ['add', 'multiply', 'average', 'concatenate']) covered.set(kind, 3);
    covered.set('input', 3);
    for (const kind of LAYER_KINDS) expect([kind, covered.get(kind) ?? 0]).toEqual([kind, expect.any(Number)]);
    expect(LAYER_KINDS.filter((kind) => (covered.get(kind) ?? 0) < 3)).toEqual([]);
  });

  it.each(SINGLE_INPUT)('%s on %j with %j', (kind, inputShape, params) => {
    // Embedding reads ids: feed 1s, a valid id for any vocabulary.
    expectSameAsTfjs(chainOf(inputShape, [{ kind, params }]));
  });

  const MERGES = [
    ['concatenate', [4], 'dense', [{ units: 3 }, { units: 5 }, { units: 2 }]],
    ['concatenate', [6, 6, 1], 'conv2d', [{ filters: 2 }, { filters: 4 }]],
    ['concatenate', [5, 3], 'lstm', [{ units: 2, returnSequences: true }, { units: 3, returnSequences: true }]],
    ['add', [4], 'dense', [{ units: 3 }, { units: 3 }]],
    ['add', [6, 6, 2], 'conv2d', [{ filters: 3, padding: 'same' }, { filters: 3, padding: 'same' }, { filters: 3, padding: 'same' }]],
    ['add', [5, 3], 'conv1d', [{ filters: 2 }, { filters: 2 }]],
    ['multiply', [4], 'dense', [{ units: 3 }, { units: 3, activation: 'sigmoid' }]],
    ['multiply', [6, 6, 2], 'conv2d', [{ filters: 3 }, { filters: 3 }]],
    ['multiply', [7], 'dense', [{ units: 2 }, { units: 2 }, { units: 2 }]],
    ['average', [4], 'dense', [{ units: 3 }, { units: 3 }]],
    ['average', [6, 6, 2], 'conv2d', [{ filters: 1 }, { filters: 1 }]],
    ['average', [3], 'dense', [{ units: 5 }, { units: 5 }, { units: 5 }, { units: 5 }]],
  ] as const;

  it.each(MERGES)('%s of %j %s branches', (kind, inputShape, branchKind, branches) => {
    const names = branches.map((_, i) => `branch_${i}`);
    const graph = graphOf(
      [{ name: 'in', kind: 'input', params: { shape: [...inputShape] } }, ...branches.map((params, i) => ({ name: names[i], kind: branchKind, params })), { name: 'merge', kind }],
      [...names.map((name) => ['in', name] as const), ...names.map((name, i) => [name, 'merge', i] as const)],
    );
    expectSameAsTfjs(graph);
  });
});
