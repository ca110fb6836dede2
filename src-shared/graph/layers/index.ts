import { StudioError } from '../../errors';
import type { AnyLayerDefinition } from '../layer-definition';
import type { ParamsOf } from '../param-fields';
import { activationLayer } from './activation';
import { addLayer } from './add';
import { averagePooling2dLayer } from './average-pooling2d';
import { batchNormalizationLayer } from './batch-normalization';
import { concatenateLayer } from './concatenate';
import { conv2dLayer } from './conv2d';
import { denseLayer } from './dense';
import { dropoutLayer } from './dropout';
import { flattenLayer } from './flatten';
import { globalAveragePooling2dLayer } from './global-average-pooling2d';
import { inputLayer } from './input';
import { maxPooling2dLayer } from './max-pooling2d';

// The layer registry (STYLE.md point 3). Palette order follows this list, within each category.
const DEFINITIONS = [
  inputLayer,
  denseLayer,
  conv2dLayer,
  maxPooling2dLayer,
  averagePooling2dLayer,
  globalAveragePooling2dLayer,
  flattenLayer,
  dropoutLayer,
  batchNormalizationLayer,
  activationLayer,
  concatenateLayer,
  addLayer,
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
