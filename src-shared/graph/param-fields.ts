import { z } from 'zod';
import type { AnyLayerDefinition } from './layer-definition';

// A layer's parameters are declared once, as field descriptors: the inspector draws its inputs from
// them (type, bounds, step, options), `paramsSchema` turns them into the zod schema that validates
// and fills defaults, and `ParamsOf` gives each layer file its params' exact TypeScript type.
// Labels and help texts are not here: they live in locales/<language>.json, keyed by kind and name.

/** A layer kept inside another layer's params: Bidirectional's recurrent layer, TimeDistributed's Dense. */
export interface WrappedLayer {
  kind: string;
  params: LayerParams;
}

export type ParamValue = number | string | boolean | number[] | WrappedLayer;
export interface LayerParams {
  [name: string]: ParamValue;
}

export interface IntField {
  readonly type: 'int';
  readonly default: number;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  /** A unit symbol shown after the number, when the value has one. */
  readonly unit?: string;
}

export interface FloatField {
  readonly type: 'float';
  readonly default: number;
  readonly min?: number;
  readonly max?: number;
  /** The bound itself is not allowed (Dropout's rate is in [0, 1)). */
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
  readonly step?: number;
  readonly unit?: string;
}

export interface EnumField<O extends string = string> {
  readonly type: 'enum';
  readonly default: O;
  readonly options: readonly O[];
}

export interface BoolField {
  readonly type: 'bool';
  readonly default: boolean;
}

/** A list of integers: a kernel size [height, width], a shape, a permutation, paddings. */
export interface IntListField {
  readonly type: 'ints';
  readonly default: readonly number[];
  /** Exact length when set; otherwise 1 to maxLength items. */
  readonly length?: number;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
}

/** Another layer held as `{ kind, params }`; `definitions` are the kinds it may be. */
export interface LayerField {
  readonly type: 'layer';
  readonly default: WrappedLayer;
  readonly definitions: readonly AnyLayerDefinition[];
}

export type ParamField = IntField | FloatField | EnumField | BoolField | IntListField | LayerField;
export type ParamFieldType = ParamField['type'];
export type ParamFields = Readonly<Record<string, ParamField>>;

export type FieldValue<F extends ParamField> = F extends EnumField<infer O>
  ? O
  : F extends IntField | FloatField
    ? number
    : F extends BoolField
      ? boolean
      : F extends IntListField
        ? number[]
        : F extends LayerField
          ? WrappedLayer
          : never;

/** The resolved params of a layer whose fields are F: every field present, typed. */
export type ParamsOf<F extends ParamFields> = { [N in keyof F]: FieldValue<F[N]> };

/** Largest size accepted for a count or a dimension: far beyond what trains here, small enough to catch typos. */
export const MAX_DIMENSION = 65_536;

export function intField(spec: Omit<IntField, 'type'>): IntField {
  return { type: 'int', ...spec };
}

export function floatField(spec: Omit<FloatField, 'type'>): FloatField {
  return { type: 'float', ...spec };
}

export function enumField<const O extends string>(options: readonly O[], defaultValue: NoInfer<O>): EnumField<O> {
  return { type: 'enum', options, default: defaultValue };
}

export function boolField(defaultValue: boolean): BoolField {
  return { type: 'bool', default: defaultValue };
}

export function intListField(spec: Omit<IntListField, 'type'>): IntListField {
  return { type: 'ints', ...spec };
}

/** A [height, width] pair such as a kernel size, a pool size or strides. */
export function pairField(defaultValue: [number, number], min = 1): IntListField {
  return intListField({ default: defaultValue, length: 2, min, max: MAX_DIMENSION });
}

export function layerField(definitions: readonly AnyLayerDefinition[], defaultKind: string): LayerField {
  const definition = definitions.find((d) => d.kind === defaultKind);
  if (!definition) throw new Error(`layerField: default kind '${defaultKind}' is not among its definitions`);
  return { type: 'layer', definitions, default: { kind: defaultKind, params: defaultParamsOf(definition.fields) } };
}

export function copyParamValue<V extends ParamValue>(value: V): V {
  if (Array.isArray(value)) return [...value] as V;
  if (typeof value === 'object') {
    const params: LayerParams = {};
    for (const [name, inner] of Object.entries(value.params)) params[name] = copyParamValue(inner);
    return { kind: value.kind, params } as V;
  }
  return value;
}

/** Every field at its default: what a freshly dropped layer gets. */
export function defaultParamsOf<F extends ParamFields>(fields: F): ParamsOf<F> {
  const params: LayerParams = {};
  for (const [name, field] of Object.entries(fields)) params[name] = copyParamValue(field.default as ParamValue);
  return params as ParamsOf<F>;
}

function numberSchema(field: IntField | FloatField): z.ZodNumber {
  let schema = field.type === 'int' ? z.number().int() : z.number();
  if (field.min !== undefined) schema = field.type === 'float' && field.exclusiveMin ? schema.gt(field.min) : schema.gte(field.min);
  if (field.max !== undefined) schema = field.type === 'float' && field.exclusiveMax ? schema.lt(field.max) : schema.lte(field.max);
  return schema;
}

function listSchema(field: IntListField): z.ZodType<number[]> {
  const item = numberSchema({ type: 'int', default: 0, min: field.min, max: field.max });
  const list = z.array(item);
  if (field.length !== undefined) return list.length(field.length);
  return field.maxLength !== undefined ? list.min(1).max(field.maxLength) : list.min(1);
}

function wrappedSchema(field: LayerField): z.ZodType<WrappedLayer> {
  const options = field.definitions.map((definition) => z.strictObject({ kind: z.literal(definition.kind), params: definition.schema }));
  return z.discriminatedUnion('kind', options as unknown as [(typeof options)[number], ...(typeof options)[number][]]);
}

/** The zod schema of one field, without its default. */
export function fieldSchema(field: ParamField): z.ZodType<ParamValue> {
  switch (field.type) {
    case 'int':
    case 'float':
      return numberSchema(field);
    case 'enum':
      return z.enum(field.options as [string, ...string[]]);
    case 'bool':
      return z.boolean();
    case 'ints':
      return listSchema(field);
    case 'layer':
      return wrappedSchema(field);
  }
}

/**
 * The params schema of a layer kind: unknown names are refused, missing ones get their default
 * (a fresh copy each time, so no two layers share an array).
 */
export function paramsSchema<F extends ParamFields>(fields: F): z.ZodType<ParamsOf<F>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(fields)) {
    shape[name] = fieldSchema(field).default(() => copyParamValue(field.default as ParamValue));
  }
  return z.strictObject(shape) as unknown as z.ZodType<ParamsOf<F>>;
}

const EXPECTED_WORDS = {
  en: { int: 'an integer', float: 'a number', oneOf: 'one of', bool: 'true or false', and: 'and', list: (n: string) => `a list of ${n} integers`, anyList: 'a non-empty list of integers', range: (a: number, b: number) => `${a} to ${b}`, layer: 'a layer of kind' },
  es: { int: 'un entero', float: 'un número', oneOf: 'uno de', bool: 'true o false', and: 'y', list: (n: string) => `una lista de ${n} enteros`, anyList: 'una lista no vacía de enteros', range: (a: number, b: number) => `${a} a ${b}`, layer: 'una capa de tipo' },
} as const;

/** "an integer ≥ 1", "a number ≥ 0 and < 1", "a list of 2 integers ≥ 1", "one of: valid, same"; in Spanish with language 'es'. */
export function describeExpected(field: ParamField, language: 'en' | 'es' = 'en'): string {
  const words = EXPECTED_WORDS[language];
  const bounds = (min?: number, max?: number, exclusiveMin?: boolean, exclusiveMax?: boolean): string => {
    const parts: string[] = [];
    if (min !== undefined) parts.push(`${exclusiveMin ? '>' : '≥'} ${min}`);
    if (max !== undefined) parts.push(`${exclusiveMax ? '<' : '≤'} ${max}`);
    return parts.length ? ` ${parts.join(` ${words.and} `)}` : '';
  };
  switch (field.type) {
    case 'int':
      return `${words.int}${bounds(field.min, field.max)}`;
    case 'float':
      return `${words.float}${bounds(field.min, field.max, field.exclusiveMin, field.exclusiveMax)}`;
    case 'enum':
      return `${words.oneOf}: ${field.options.join(', ')}`;
    case 'bool':
      return words.bool;
    case 'ints': {
      const list =
        field.length !== undefined ? words.list(String(field.length)) : field.maxLength !== undefined ? words.list(words.range(1, field.maxLength)) : words.anyList;
      return `${list}${bounds(field.min, field.max)}`;
    }
    case 'layer':
      return `${words.layer} ${field.definitions.map((d) => d.kind).join(', ')}`;
  }
}

/** Any value a param can hold, for data that crosses IPC (a quick fix's setParam). */
export const ParamValueSchema: z.ZodType<ParamValue> = z.lazy(() =>
  z.union([
    z.number(),
    z.string(),
    z.boolean(),
    z.array(z.number()),
    z.object({ kind: z.string().min(1).max(64), params: z.record(z.string(), ParamValueSchema) }),
  ]),
);
