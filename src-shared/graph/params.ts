import { StudioError } from '../errors';
import type { LayerDefinition, LayerParams, ParamSpec, ParamValue } from './layer-definition';

/** The params a freshly dropped layer gets: every field at its default. */
export function defaultParams(definition: LayerDefinition): LayerParams {
  const params: LayerParams = {};
  for (const spec of definition.params) params[spec.name] = copyValue(spec.default);
  return params;
}

/**
 * Fills defaults and checks every field's type and range. `raw` comes from saved or edited graph
 * JSON, so nothing about it is trusted. Throws GRAPH_INVALID naming the layer and the field
 * ("dense_1: units must be an integer ≥ 1").
 */
export function resolveParams(definition: LayerDefinition, raw: Record<string, unknown>, layerName: string = definition.kind): LayerParams {
  const known = new Set(definition.params.map((spec) => spec.name));
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) {
      const list = [...known].join(', ') || 'none';
      throw new StudioError('GRAPH_INVALID', `${layerName}: unknown parameter '${name}' for a ${definition.kind} layer (known: ${list})`, {
        reason: 'unknown-param',
        layer: layerName,
        kind: definition.kind,
        field: name,
      });
    }
  }
  const params: LayerParams = {};
  for (const spec of definition.params) {
    const value = raw[spec.name];
    if (value === undefined) {
      params[spec.name] = copyValue(spec.default);
      continue;
    }
    if (!isValid(spec, value)) {
      throw new StudioError('GRAPH_INVALID', `${layerName}: ${spec.name} must be ${describeExpected(spec)}`, {
        reason: 'bad-param',
        layer: layerName,
        kind: definition.kind,
        field: spec.name,
        expected: describeExpected(spec),
      });
    }
    params[spec.name] = copyValue(value as ParamValue);
  }
  return params;
}

function copyValue(value: ParamValue): ParamValue {
  return Array.isArray(value) ? [...value] : value;
}

function isValid(spec: ParamSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'int':
      return Number.isInteger(value) && withinBounds(value as number, spec.min, spec.max, false, false);
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) && withinBounds(value, spec.min, spec.max, spec.exclusiveMin, spec.exclusiveMax);
    case 'enum':
      return typeof value === 'string' && spec.options.includes(value);
    case 'bool':
      return typeof value === 'boolean';
    case 'ints':
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        (spec.length === undefined || value.length === spec.length) &&
        value.every((item) => Number.isInteger(item) && withinBounds(item as number, spec.min, spec.max, false, false))
      );
  }
}

function withinBounds(value: number, min: number | undefined, max: number | undefined, exclusiveMin?: boolean, exclusiveMax?: boolean): boolean {
  if (min !== undefined && (exclusiveMin ? value <= min : value < min)) return false;
  if (max !== undefined && (exclusiveMax ? value >= max : value > max)) return false;
  return true;
}

/** "an integer ≥ 1", "a number ≥ 0 and < 1", "a list of 2 integers ≥ 1", "one of: valid, same". */
function describeExpected(spec: ParamSpec): string {
  switch (spec.type) {
    case 'int':
      return `an integer${describeBounds(spec.min, spec.max, false, false)}`;
    case 'float':
      return `a number${describeBounds(spec.min, spec.max, spec.exclusiveMin, spec.exclusiveMax)}`;
    case 'enum':
      return `one of: ${spec.options.join(', ')}`;
    case 'bool':
      return 'true or false';
    case 'ints': {
      const count = spec.length === undefined ? 'a non-empty list of' : `a list of ${spec.length}`;
      return `${count} integers${describeBounds(spec.min, spec.max, false, false)}`;
    }
  }
}

function describeBounds(min: number | undefined, max: number | undefined, exclusiveMin?: boolean, exclusiveMax?: boolean): string {
  const parts: string[] = [];
  if (min !== undefined) parts.push(`${exclusiveMin ? '>' : '≥'} ${min}`);
  if (max !== undefined) parts.push(`${exclusiveMax ? '<' : '≤'} ${max}`);
  return parts.length ? ` ${parts.join(' and ')}` : '';
}
