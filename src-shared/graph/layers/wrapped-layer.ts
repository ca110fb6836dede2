import type { AnyLayerDefinition, ParamCount } from '../layer-definition';
import type { WrappedLayer } from '../param-fields';
import type { Shape } from '../shape';

// Wrappers hold their layer as a param { kind, params } already resolved by the wrapper's schema.

export function wrappedDefinition(definitions: readonly AnyLayerDefinition[], layer: WrappedLayer): AnyLayerDefinition {
  const definition = definitions.find((d) => d.kind === layer.kind);
  if (!definition) throw new Error(`wrapped layer kind '${layer.kind}' is not allowed here`);
  return definition;
}

export function wrappedOutputShape(definitions: readonly AnyLayerDefinition[], layer: WrappedLayer, input: Shape): Shape {
  return wrappedDefinition(definitions, layer).outputShape([input], layer.params);
}

export function wrappedParamCount(definitions: readonly AnyLayerDefinition[], layer: WrappedLayer, input: Shape): ParamCount {
  return wrappedDefinition(definitions, layer).paramCount([input], layer.params);
}

export function wrappedFlops(definitions: readonly AnyLayerDefinition[], layer: WrappedLayer, input: Shape): number {
  const definition = wrappedDefinition(definitions, layer);
  return definition.flops([input], layer.params, definition.outputShape([input], layer.params));
}
