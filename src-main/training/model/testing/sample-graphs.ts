import type { Graph } from '../../../../src-shared/graph/format';
import { chainOf, graphOf } from '../../../../src-shared/graph/test-graphs';

// Graphs that between them use every layer kind and most params, for the tests that go through
// tfjs: topology round trips and generated code.

const dense = (units: number, extra: Record<string, unknown> = {}) => ({ kind: 'dense', params: { units, ...extra } });

export const SAMPLE_GRAPHS: [string, Graph][] = [
  [
    'a CNN with most image layers',
    chainOf(
      [16, 16, 3],
      [
        { kind: 'conv2d', params: { filters: 4, kernelSize: [5, 3], strides: [1, 2], padding: 'same', activation: 'relu', kernelInitializer: 'heNormal', kernelL2: 0.01 } },
        { kind: 'batchNormalization', params: { momentum: 0.9, center: false } },
        { kind: 'spatialDropout2d', params: { rate: 0.25 } },
        { kind: 'separableConv2d', params: { filters: 6, depthMultiplier: 2, useBias: false, pointwiseInitializer: 'leCunNormal' } },
        { kind: 'depthwiseConv2d', params: { kernelSize: [2, 2], depthwiseInitializer: 'glorotNormal' } },
        { kind: 'maxPooling2d', params: { poolSize: [3, 3], strides: [1, 1], padding: 'same' } },
        { kind: 'zeroPadding2d', params: { padding: [1, 2, 0, 3] } },
        { kind: 'cropping2d', params: { cropping: [0, 1, 2, 0] } },
        { kind: 'upSampling2d', params: { size: [2, 1], interpolation: 'bilinear' } },
        { kind: 'conv2dTranspose', params: { filters: 2, strides: [2, 2], padding: 'same', biasInitializer: 'ones' } },
        { kind: 'averagePooling2d', params: { poolSize: [4, 4], strides: [4, 4] } },
        { kind: 'gaussianNoise', params: { stddev: 0.2 } },
        { kind: 'leakyRelu', params: { alpha: 0.1 } },
        { kind: 'prelu' },
        { kind: 'globalMaxPooling2d' },
        dense(3, { activation: 'softmax', kernelInitializer: 'truncatedNormal', kernelL1: 0.001 }),
      ],
    ),
  ],
  [
    'a residual network with merges',
    graphOf(
      [
        { name: 'image', kind: 'input', params: { shape: [8, 8, 3] } },
        { name: 'stem', kind: 'conv2d', params: { filters: 3, padding: 'same' } },
        { name: 'body', kind: 'conv2d', params: { filters: 3, padding: 'same', activation: 'relu' } },
        { name: 'skip', kind: 'add' },
        { name: 'gate', kind: 'multiply' },
        { name: 'mean', kind: 'average' },
        { name: 'joined', kind: 'concatenate' },
        { name: 'act', kind: 'relu', params: { maxValue: 6 } },
        { name: 'pool', kind: 'globalAveragePooling2d' },
        { name: 'out', kind: 'dense', params: { units: 2 } },
      ],
      [
        ['image', 'stem'],
        ['stem', 'body'],
        ['stem', 'skip', 0],
        ['body', 'skip', 1],
        ['skip', 'gate', 0],
        ['image', 'gate', 1],
        ['gate', 'mean', 0],
        ['skip', 'mean', 1],
        ['mean', 'joined', 1],
        ['image', 'joined', 0],
        ['joined', 'act'],
        ['act', 'pool'],
        ['pool', 'out'],
      ],
    ),
  ],
  [
    'a recurrent model with wrappers',
    chainOf(
      [10],
      [
        { kind: 'embedding', params: { inputDim: 30, outputDim: 6, embeddingsL2: 0.001 } },
        { kind: 'spatialDropout1d', params: { rate: 0.1 } },
        { kind: 'conv1d', params: { filters: 4, kernelSize: 3, padding: 'same' } },
        { kind: 'maxPooling1d', params: { poolSize: 2, strides: 1 } },
        { kind: 'bidirectional', params: { layer: { kind: 'lstm', params: { units: 4, returnSequences: true, recurrentActivation: 'hardSigmoid', dropout: 0.1 } }, mergeMode: 'sum' } },
        { kind: 'gru', params: { units: 3, returnSequences: true, recurrentL2: 0.01 } },
        { kind: 'simpleRnn', params: { units: 5, returnSequences: true, activation: 'relu', useBias: false } },
        { kind: 'timeDistributed', params: { layer: { kind: 'dense', params: { units: 2, activation: 'elu' } } } },
        { kind: 'layerNormalization', params: { epsilon: 0.01 } },
        { kind: 'averagePooling1d' },
        { kind: 'globalAveragePooling1d' },
        dense(4),
        { kind: 'repeatVector', params: { n: 3 } },
        { kind: 'permute', params: { dims: [2, 1] } },
        { kind: 'globalMaxPooling1d' },
        { kind: 'reshape', params: { targetShape: [3, 1] } },
        { kind: 'lstm', params: { units: 2, unitForgetBias: false } },
        { kind: 'activation', params: { activation: 'swish' } },
        { kind: 'elu' },
        { kind: 'dropout', params: { rate: 0.3 } },
        { kind: 'flatten' },
        { kind: 'softmax' },
      ].filter((layer) => layer.kind !== 'flatten'),
    ),
  ],
];

