import type { z } from 'zod';
import { StudioError } from '../errors';
import type { AnyLayerDefinition } from './layer-definition';
import { findLayerDefinition } from './layers';
import { describeExpected, type LayerParams, type ParamField, type ParamValue } from './param-fields';

/** The params a freshly dropped layer gets: every field at its default. */
export function defaultParams(definition: AnyLayerDefinition): LayerParams {
  return definition.schema.parse({});
}

/**
 * Fills defaults and checks every field's type and range with the kind's zod schema. `raw` comes
 * from saved or edited graph JSON, so nothing about it is trusted. Throws GRAPH_INVALID naming the
 * layer and the field ("dense_1: units must be an integer ≥ 1").
 */
export function resolveParams(definition: AnyLayerDefinition, raw: Record<string, unknown>, layerName: string = definition.kind): LayerParams {
  const result = definition.schema.safeParse(raw);
  if (result.success) return result.data;
  const problem = describeIssue(definition, raw, result.error.issues[0]);
  if (problem.unknown) {
    throw new StudioError('GRAPH_INVALID', `${layerName}: unknown parameter '${problem.path}' for a ${problem.kind} layer (known: ${problem.known})`, {
      reason: 'unknown-param',
      layer: layerName,
      kind: problem.kind,
      field: problem.path,
    });
  }
  throw new StudioError('GRAPH_INVALID', `${layerName}: ${problem.path} must be ${problem.expected}`, {
    reason: 'bad-param',
    layer: layerName,
    kind: definition.kind,
    field: problem.path,
    expected: problem.expected,
    expectedEs: problem.expectedEs,
  });
}

/**
 * What to show under one inspector field as the user edits it: null when `value` is fine, else
 * "must be an integer ≥ 1" (English; the inspector has its own translations by field type).
 */
export function validateParam(definition: AnyLayerDefinition, name: string, value: ParamValue | undefined): string | null {
  const field = definition.fields[name];
  if (!field) return `unknown parameter '${name}'`;
  if (value === undefined) return null;
  try {
    resolveParams(definition, { [name]: value });
    return null;
  } catch (err) {
    if (err instanceof StudioError) return err.message.replace(/^[^:]*: /, '');
    throw err;
  }
}

interface IssueDescription {
  /** Dotted path of the field at fault ('units', 'layer.units' inside a wrapper). */
  path: string;
  kind: string;
  unknown: boolean;
  known: string;
  expected: string;
  expectedEs: string;
}

/** Walks the zod issue's path down through wrapped layers to the field it is about. */
function describeIssue(definition: AnyLayerDefinition, raw: unknown, issue: z.core.$ZodIssue): IssueDescription {
  let current = definition;
  let value: unknown = raw;
  const names: string[] = [];
  const path = [...issue.path];
  let field: ParamField | undefined;
  while (path.length > 0) {
    const name = String(path.shift());
    field = current.fields[name];
    names.push(name);
    value = isRecord(value) ? value[name] : undefined;
    if (field?.type !== 'layer' || path[0] !== 'params') break;
    const inner = isRecord(value) && typeof value.kind === 'string' ? findLayerDefinition(value.kind) : undefined;
    if (!inner) break;
    path.shift();
    current = inner;
    value = isRecord(value) ? value.params : undefined;
    field = undefined;
  }
  const known = Object.keys(current.fields).join(', ') || 'none';
  if (issue.code === 'unrecognized_keys') {
    return { path: [...names, issue.keys[0]].join('.'), kind: current.kind, unknown: true, known, expected: '', expectedEs: '' };
  }
  return {
    path: names.join('.'),
    kind: current.kind,
    unknown: false,
    known,
    expected: field ? describeExpected(field) : 'valid',
    expectedEs: field ? describeExpected(field, 'es') : 'válido',
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
