import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetShapeInfo } from '../../../src-shared/data/dataset';
import { StudioError } from '../../../src-shared/errors';
import type { Graph } from '../../../src-shared/graph/format';
import { inferGraph } from '../../../src-shared/graph/infer';
import { LAYER_KINDS } from '../../../src-shared/graph/layers';
import { listTemplates, type TemplateDataset } from '../../../src-shared/graph/templates';
import { chainOf, graphOf } from '../../../src-shared/graph/test-graphs';
import { buildModel, layerSeed } from './build-model';
import { LAYER_FACTORIES } from './layer-factories';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Builds the graph and checks tfjs agrees with shape inference, then runs a forward pass. */
function expectSameAsInference(graph: Graph): void {
  const inference = inferGraph(graph);
  expect(inference.issues).toEqual([]);
  const model = buildModel(tf, graph, { seed: 1 });
  try {
    const output = inference.byId.get(inference.outputNodeId!)!.outputShape!;
    expect(model.outputs[0].shape.slice(1)).toEqual(output);
    expect(model.countParams()).toBe(inference.totalParams);
    expect(model.layers.map((layer) => layer.name).sort()).toEqual(graph.nodes.map((node) => node.name).sort());
    const inputShape = inference.byId.get(inference.inputNodeId!)!.outputShape!;
    tf.tidy(() => {
      const prediction = model.predict(tf.ones([2, ...inputShape])) as tf.Tensor;
      expect(prediction.shape).toEqual([2, ...output]);
      expect(prediction.isNaN().any().dataSync()[0]).toBe(0);
    });
  } finally {
    model.dispose();
  }
}

const singleInputCases: [string, number[], Record<string, unknown>][] = [
  ['dense', [4], { units: 3 }],
  ['dense', [7], { units: 5, activation: 'softmax', useBias: false }],
  ['dense', [6], { units: 2, activation: 'sigmoid' }],
  ['dense', [6], { units: 2, activation: 'relu6' }],
  ['conv2d', [9, 9, 1], { filters: 4 }],
  ['conv2d', [9, 7, 3], { filters: 2, kernelSize: [5, 3], strides: [2, 2], padding: 'same', activation: 'relu', useBias: false }],
  ['conv2d', [8, 8, 2], { filters: 3, kernelSize: [2, 2], strides: [3, 1], activation: 'elu' }],
  ['maxPooling2d', [8, 8, 2], {}],
  ['maxPooling2d', [7, 5, 1], { poolSize: [3, 2], strides: [1, 2], padding: 'same' }],
  ['averagePooling2d', [7, 7, 3], {}],
  ['averagePooling2d', [7, 7, 3], { poolSize: [3, 3], strides: [2, 2], padding: 'same' }],
  ['globalAveragePooling2d', [5, 4, 6], {}],
  ['flatten', [3, 4, 5], {}],
  ['flatten', [6, 2], {}],
  ['dropout', [5], { rate: 0.3 }],
  ['dropout', [4, 4, 2], { rate: 0 }],
  ['batchNormalization', [6], {}],
  ['batchNormalization', [4, 4, 3], { momentum: 0.9, epsilon: 0.01 }],
  ['activation', [5], {}],
  ['activation', [5], { activation: 'tanh' }],
  ['activation', [5], { activation: 'selu' }],
  ['activation', [5], { activation: 'softplus' }],
  ['activation', [5], { activation: 'linear' }],
];

describe('buildModel matches shape inference', () => {
  it.each(singleInputCases)('%s on %j with %j', (kind, inputShape, params) => {
    expectSameAsInference(chainOf(inputShape, [{ kind, params }]));
  });

  it.each([
    ['concatenate', [4], 'dense', [{ units: 3 }, { units: 5 }, { units: 2 }]],
    ['concatenate', [6, 6, 1], 'conv2d', [{ filters: 2 }, { filters: 4 }]],
    ['add', [4], 'dense', [{ units: 3 }, { units: 3 }]],
    ['add', [6, 6, 2], 'conv2d', [{ filters: 3, padding: 'same' }, { filters: 3, padding: 'same' }, { filters: 3, padding: 'same' }]],
  ] as const)('%s of %j %s branches', (kind, inputShape, branchKind, branches) => {
    const names = branches.map((_, i) => `branch_${i}`);
    const graph = graphOf(
      [{ name: 'in', kind: 'input', params: { shape: [...inputShape] } }, ...branches.map((params, i) => ({ name: names[i], kind: branchKind, params })), { name: 'merge', kind }],
      [...names.map((name) => ['in', name] as const), ...names.map((name, i) => [name, 'merge', i] as const)],
    );
    expectSameAsInference(graph);
  });

  it('gives merge layers their inputs in slot order', () => {
    const graph = graphOf(
      [
        { name: 'in', kind: 'input', params: { shape: [2] } },
        { name: 'a', kind: 'dense', params: { units: 3 } },
        { name: 'b', kind: 'dense', params: { units: 5 } },
        { name: 'join', kind: 'concatenate' },
      ],
      [
        ['in', 'a'],
        ['in', 'b'],
        ['a', 'join', 1],
        ['b', 'join', 0],
      ],
    );
    const model = buildModel(tf, graph, { seed: 3 });
    expect(model.getLayer('join').inboundNodes[0].inboundLayers.map((layer) => layer.name)).toEqual(['b', 'a']);
    model.dispose();
  });

  it('has a tfjs factory for every layer kind in the registry, and none for others', () => {
    expect(Object.keys(LAYER_FACTORIES).sort()).toEqual([...LAYER_KINDS].sort());
  });

  const datasets: TemplateDataset[] = [
    { name: 'Iris', kind: 'table', task: 'classification', inputShape: [4], classes: ['a', 'b', 'c'] },
    { name: 'Binary', kind: 'table', task: 'classification', inputShape: [2], classes: ['no', 'yes'] },
    { name: 'Houses', kind: 'table', task: 'regression', inputShape: [13], classes: [] },
    { name: 'MNIST', kind: 'images', task: 'classification', inputShape: [28, 28, 1], classes: '0123456789'.split('') },
    { name: 'RGB', kind: 'images', task: 'classification', inputShape: [64, 64, 3], classes: ['cat', 'dog'] },
  ];
  const templateCases = listTemplates().flatMap((template) =>
    datasets.filter((d) => template.datasetKinds.includes(d.kind) && template.tasks.includes(d.task)).map((d) => [template.id, d.name, template, d] as const),
  );

  it.each(templateCases)('template %s builds for %s', (_id, _name, template, dataset) => {
    const graph = template.build(dataset);
    const model = buildModel(tf, graph, { seed: 42, dataset: template.objective === 'labels' ? dataset : undefined });
    expect(model.countParams()).toBe(inferGraph(graph).totalParams);
    model.dispose();
  });
});

describe('buildModel seeds the initial weights', () => {
  const graph = chainOf(
    [6, 6, 1],
    [
      { kind: 'conv2d', params: { filters: 2 } },
      { kind: 'flatten' },
      { kind: 'dense', params: { units: 4 } },
      { kind: 'dense', params: { units: 4 } },
    ],
  );

  function initialWeights(seed: number): number[][] {
    const model = buildModel(tf, graph, { seed });
    const weights = model.getWeights().map((w) => Array.from(w.dataSync()));
    model.dispose();
    return weights;
  }

  it('gives the same weights for the same seed and different ones for another', () => {
    expect(initialWeights(7)).toEqual(initialWeights(7));
    expect(initialWeights(8)[0]).not.toEqual(initialWeights(7)[0]);
  });

  it('gives layers of the same shape different kernels', () => {
    const weights = initialWeights(7);
    // conv kernel, conv bias, dense kernel, dense bias, dense kernel, dense bias
    expect(weights[4]).toHaveLength(16);
    expect(weights[4]).not.toEqual(weights[2].slice(0, 16));
    expect(layerSeed(7, 'l3')).not.toBe(layerSeed(7, 'l4'));
  });

  it('derives positive 31-bit layer seeds that depend on both inputs', () => {
    const seeds = [layerSeed(0, 'a'), layerSeed(1, 'a'), layerSeed(0, 'b'), layerSeed(2 ** 31 - 1, 'dense_1')];
    expect(new Set(seeds).size).toBe(4);
    for (const seed of seeds) expect(seed >= 0 && seed < 2 ** 31 && Number.isInteger(seed)).toBe(true);
  });
});

describe('buildModel refuses broken graphs', () => {
  function errorOf(graph: Graph, dataset?: DatasetShapeInfo): StudioError {
    try {
      buildModel(tf, graph, { seed: 1, dataset }).dispose();
    } catch (err) {
      if (err instanceof StudioError) return err;
      throw err;
    }
    throw new Error('the graph was built');
  }

  it('with the first issue code and message', () => {
    const graph = chainOf([13, 13, 32], [{ kind: 'dense', params: { units: 10 } }]);
    const err = errorOf(graph);
    expect(err.code).toBe('SHAPE_ERROR');
    expect(err.message).toBe(inferGraph(graph).issues[0].message);
    expect(errorOf(chainOf([4], [{ kind: 'capsule' }])).code).toBe('GRAPH_INVALID');
  });

  it('and, given a dataset, models that do not fit it', () => {
    const iris: DatasetShapeInfo = { name: 'Iris', task: 'classification', inputShape: [4], classes: ['a', 'b', 'c'] };
    expect(errorOf(chainOf([4], [{ kind: 'dense', params: { units: 2, activation: 'softmax' } }]), iris).code).toBe('MODEL_OUTPUT_MISMATCH');
    expect(errorOf(chainOf([5], [{ kind: 'dense', params: { units: 3, activation: 'softmax' } }]), iris).code).toBe('MODEL_INPUT_MISMATCH');
  });
});
