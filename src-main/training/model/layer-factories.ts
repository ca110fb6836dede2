import type * as tfTypes from '@tensorflow/tfjs';
import type { LayerParams } from '../../../src-shared/graph/layer-definition';

/** The tfjs namespace, passed in because the worker decides which backend package loads it. */
export type Tfjs = typeof import('@tensorflow/tfjs');

export interface LayerFactoryContext {
  /** Node name; becomes the tfjs layer name. */
  name: string;
  /** This layer's own seed, derived from the run's seed. */
  seed: number;
}

/** Connects the layer to its inputs (in input-slot order) and returns its output. */
export type ApplyLayer = (inputs: tfTypes.SymbolicTensor[]) => tfTypes.SymbolicTensor;

export type LayerFactory = (tf: Tfjs, params: LayerParams, context: LayerFactoryContext) => ApplyLayer;

type Activation = NonNullable<Parameters<Tfjs['layers']['dense']>[0]['activation']>;
type Padding = NonNullable<Parameters<Tfjs['layers']['conv2d']>[0]['padding']>;

const activation = (params: LayerParams) => params.activation as Activation;
const padding = (params: LayerParams) => params.padding as Padding;
const pair = (value: LayerParams[string]) => value as [number, number];

function singleInput(layer: tfTypes.layers.Layer): ApplyLayer {
  return ([input]) => layer.apply(input) as tfTypes.SymbolicTensor;
}

function allInputs(layer: tfTypes.layers.Layer): ApplyLayer {
  return (inputs) => layer.apply(inputs) as tfTypes.SymbolicTensor;
}

// Kernels start from seeded Glorot-uniform (Keras' default) so a run can be repeated; biases and
// BatchNormalization's statistics start from constants and need no seed.
const FACTORIES: Record<string, LayerFactory> = {
  input: (tf, params, { name }) => {
    const input = tf.input({ shape: [...(params.shape as number[])], name });
    return () => input;
  },
  dense: (tf, params, { name, seed }) =>
    singleInput(
      tf.layers.dense({
        name,
        units: params.units as number,
        activation: activation(params),
        useBias: params.useBias as boolean,
        kernelInitializer: tf.initializers.glorotUniform({ seed }),
      }),
    ),
  conv2d: (tf, params, { name, seed }) =>
    singleInput(
      tf.layers.conv2d({
        name,
        filters: params.filters as number,
        kernelSize: pair(params.kernelSize),
        strides: pair(params.strides),
        padding: padding(params),
        activation: activation(params),
        useBias: params.useBias as boolean,
        kernelInitializer: tf.initializers.glorotUniform({ seed }),
      }),
    ),
  maxPooling2d: (tf, params, { name }) =>
    singleInput(tf.layers.maxPooling2d({ name, poolSize: pair(params.poolSize), strides: pair(params.strides), padding: padding(params) })),
  averagePooling2d: (tf, params, { name }) =>
    singleInput(tf.layers.averagePooling2d({ name, poolSize: pair(params.poolSize), strides: pair(params.strides), padding: padding(params) })),
  globalAveragePooling2d: (tf, _params, { name }) => singleInput(tf.layers.globalAveragePooling2d({ name })),
  flatten: (tf, _params, { name }) => singleInput(tf.layers.flatten({ name })),
  dropout: (tf, params, { name, seed }) => singleInput(tf.layers.dropout({ name, rate: params.rate as number, seed })),
  batchNormalization: (tf, params, { name }) =>
    singleInput(tf.layers.batchNormalization({ name, axis: -1, momentum: params.momentum as number, epsilon: params.epsilon as number })),
  activation: (tf, params, { name }) => singleInput(tf.layers.activation({ name, activation: activation(params) })),
  concatenate: (tf, _params, { name }) => allInputs(tf.layers.concatenate({ name, axis: -1 })),
  add: (tf, _params, { name }) => allInputs(tf.layers.add({ name })),
};

/** tfjs layer factories keyed by layer kind, one per kind in the shared layer registry. */
export const LAYER_FACTORIES: ReadonlyMap<string, LayerFactory> = new Map(Object.entries(FACTORIES));
