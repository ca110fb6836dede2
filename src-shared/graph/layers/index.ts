import { StudioError } from '../../errors';
import type { AnyLayerDefinition } from '../layer-definition';
import type { ParamsOf } from '../param-fields';
import { activationLayer } from './activation';
import { addLayer } from './add';
import { averageLayer } from './average';
import { averagePooling1dLayer } from './average-pooling1d';
import { averagePooling2dLayer } from './average-pooling2d';
import { batchNormalizationLayer } from './batch-normalization';
import { bidirectionalLayer } from './bidirectional';
import { concatenateLayer } from './concatenate';
import { conv1dLayer } from './conv1d';
import { conv2dLayer } from './conv2d';
import { conv2dTransposeLayer } from './conv2d-transpose';
import { cropping2dLayer } from './cropping2d';
import { denseLayer } from './dense';
import { depthwiseConv2dLayer } from './depthwise-conv2d';
import { dropoutLayer } from './dropout';
import { eluLayer } from './elu';
import { embeddingLayer } from './embedding';
import { flattenLayer } from './flatten';
import { gaussianNoiseLayer } from './gaussian-noise';
import { globalAveragePooling1dLayer } from './global-average-pooling1d';
import { globalAveragePooling2dLayer } from './global-average-pooling2d';
import { globalMaxPooling1dLayer } from './global-max-pooling1d';
import { globalMaxPooling2dLayer } from './global-max-pooling2d';
import { gruLayer } from './gru';
import { inputLayer } from './input';
import { layerNormalizationLayer } from './layer-normalization';
import { leakyReluLayer } from './leaky-relu';
import { lstmLayer } from './lstm';
import { maxPooling1dLayer } from './max-pooling1d';
import { maxPooling2dLayer } from './max-pooling2d';
import { multiplyLayer } from './multiply';
import { permuteLayer } from './permute';
import { preluLayer } from './prelu';
import { reluLayer } from './relu';
import { repeatVectorLayer } from './repeat-vector';
import { reshapeLayer } from './reshape';
import { separableConv2dLayer } from './separable-conv2d';
import { simpleRnnLayer } from './simple-rnn';
import { softmaxLayer } from './softmax';
import { spatialDropout1dLayer } from './spatial-dropout1d';
import { spatialDropout2dLayer } from './spatial-dropout2d';
import { timeDistributedLayer } from './time-distributed';
import { upSampling2dLayer } from './up-sampling2d';
import { zeroPadding2dLayer } from './zero-padding2d';

// The layer registry (STYLE.md point 3). Palette order follows this list, grouped by category.
const DEFINITIONS = [
  inputLayer,
  denseLayer,
  embeddingLayer,
  conv1dLayer,
  conv2dLayer,
  separableConv2dLayer,
  depthwiseConv2dLayer,
  conv2dTransposeLayer,
  maxPooling1dLayer,
  maxPooling2dLayer,
  averagePooling1dLayer,
  averagePooling2dLayer,
  globalMaxPooling1dLayer,
  globalMaxPooling2dLayer,
  globalAveragePooling1dLayer,
  globalAveragePooling2dLayer,
  batchNormalizationLayer,
  layerNormalizationLayer,
  dropoutLayer,
  spatialDropout1dLayer,
  spatialDropout2dLayer,
  gaussianNoiseLayer,
  simpleRnnLayer,
  lstmLayer,
  gruLayer,
  bidirectionalLayer,
  timeDistributedLayer,
  addLayer,
  concatenateLayer,
  multiplyLayer,
  averageLayer,
  flattenLayer,
  reshapeLayer,
  permuteLayer,
  repeatVectorLayer,
  upSampling2dLayer,
  zeroPadding2dLayer,
  cropping2dLayer,
  activationLayer,
  reluLayer,
  leakyReluLayer,
  preluLayer,
  eluLayer,
  softmaxLayer,
] as const;

type RegisteredDefinition = (typeof DEFINITIONS)[number];

/** Every registered layer kind ('dense', 'conv2d', …). */
export type LayerKind = RegisteredDefinition['kind'];

/** The definition of one kind, with its exact params type. */
export type DefinitionOf<K extends LayerKind> = Extract<RegisteredDefinition, { kind: K }>;

/** The resolved params of a kind: `KindParams<'dense'>` is `{ units: number; activation: …; … }`. */
export type KindParams<K extends LayerKind> = ParamsOf<DefinitionOf<K>['fields']>;

const REGISTRY: ReadonlyMap<string, AnyLayerDefinition> = new Map(DEFINITIONS.map((definition) => [definition.kind, definition as AnyLayerDefinition]));

export const LAYER_KINDS: readonly LayerKind[] = DEFINITIONS.map((definition) => definition.kind);

export function isLayerKind(kind: string): kind is LayerKind {
  return REGISTRY.has(kind);
}

export function listLayerDefinitions(): readonly AnyLayerDefinition[] {
  return DEFINITIONS;
}

export function findLayerDefinition(kind: string): AnyLayerDefinition | undefined {
  return REGISTRY.get(kind);
}

export function getLayerDefinition(kind: string): AnyLayerDefinition {
  const definition = REGISTRY.get(kind);
  if (!definition) {
    throw new StudioError('GRAPH_INVALID', `Unknown layer kind '${kind}'. Known kinds: ${LAYER_KINDS.join(', ')}`, { reason: 'unknown-kind', kind });
  }
  return definition;
}

export { ACTIVATIONS, INITIALIZERS, PADDINGS, type ActivationName, type InitializerName, type PaddingName } from './shared-params';
