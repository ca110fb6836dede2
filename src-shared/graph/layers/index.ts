import { StudioError } from '../../errors';
import type { LayerDefinition } from '../layer-definition';
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

// The layer registry (STYLE.md point 3). Palette order follows this list.
const DEFINITIONS: readonly LayerDefinition[] = [
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
];

const REGISTRY: ReadonlyMap<string, LayerDefinition> = new Map(DEFINITIONS.map((definition) => [definition.kind, definition]));

export const LAYER_KINDS: readonly string[] = DEFINITIONS.map((definition) => definition.kind);

export function listLayerDefinitions(): readonly LayerDefinition[] {
  return DEFINITIONS;
}

export function findLayerDefinition(kind: string): LayerDefinition | undefined {
  return REGISTRY.get(kind);
}

export function getLayerDefinition(kind: string): LayerDefinition {
  const definition = REGISTRY.get(kind);
  if (!definition) {
    throw new StudioError('GRAPH_INVALID', `Unknown layer kind '${kind}'. Known kinds: ${LAYER_KINDS.join(', ')}`, { reason: 'unknown-kind', kind });
  }
  return definition;
}

export { ACTIVATIONS, PADDINGS, type ActivationName, type PaddingName } from './shared-params';
