import type * as tfTypes from '@tensorflow/tfjs';
import type { LayerParams } from '../../../src-shared/graph/layer-definition';
import type { KindParams, LayerKind } from '../../../src-shared/graph/layers';
import { ACTIVATION_FACTORIES } from './factories/activation-factories';
import { CONVOLUTION_FACTORIES } from './factories/convolution-factories';
import { CORE_FACTORIES } from './factories/core-factories';
import { NORMALIZATION_FACTORIES } from './factories/normalization-factories';
import { POOLING_FACTORIES } from './factories/pooling-factories';
import { RECURRENT_FACTORIES } from './factories/recurrent-factories';

/** The tfjs namespace, passed in because the worker decides which backend package loads it. */
export type Tfjs = typeof import('@tensorflow/tfjs');

export interface LayerFactoryContext {
  /** Node name; becomes the tfjs layer name. */
  name: string;
  /** This layer's own seed, derived from the run's seed. */
  seed: number;
  /** The shape inference already worked out, without the batch dimension. */
  outputShape: number[];
}

/** Connects the layer to its inputs (in input-slot order) and returns its output. */
export type ApplyLayer = (inputs: tfTypes.SymbolicTensor[]) => tfTypes.SymbolicTensor;

export type LayerFactory<P = LayerParams> = (tf: Tfjs, params: P, context: LayerFactoryContext) => ApplyLayer;

/** One factory per registered kind: a kind added to the registry without one fails to compile. */
export type LayerFactories = { [K in LayerKind]: LayerFactory<KindParams<K>> };

/** tfjs layer factories keyed by layer kind, one per kind in the shared layer registry. */
export const LAYER_FACTORIES: LayerFactories = {
  ...CORE_FACTORIES,
  ...CONVOLUTION_FACTORIES,
  ...POOLING_FACTORIES,
  ...NORMALIZATION_FACTORIES,
  ...RECURRENT_FACTORIES,
  ...ACTIVATION_FACTORIES,
};
