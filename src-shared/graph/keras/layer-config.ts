import type { AnyLayerDefinition } from '../layer-definition';
import { ACTIVATIONS, INITIALIZERS, type InitializerName } from '../layers/shared-params';
import type { LayerField, LayerParams, ParamField, WrappedLayer } from '../param-fields';
import { plainCodec, snakeCase } from './keras-codecs';
import type { KerasConfig, KerasValue, ParamCodec } from './keras-format';

// Params ↔ Keras layer config, for every kind: the kind's own codecs first, then conventions —
// initialisers as { class_name, config }, activations in Keras spelling, <x>L1/<x>L2 pairs as one
// <x>_regularizer, wrapped layers as nested { class_name, config }, everything else copied under
// its snake_case name.

/** Looks a wrapped layer's definition up by Keras class name; given by the registry to avoid an import cycle. */
export type DefinitionByClass = (className: string) => AnyLayerDefinition | undefined;

const KERAS_INITIALIZER: Record<InitializerName, string> = {
  glorotUniform: 'GlorotUniform',
  glorotNormal: 'GlorotNormal',
  heUniform: 'HeUniform',
  heNormal: 'HeNormal',
  leCunUniform: 'LecunUniform',
  leCunNormal: 'LecunNormal',
  randomUniform: 'RandomUniform',
  randomNormal: 'RandomNormal',
  truncatedNormal: 'TruncatedNormal',
  orthogonal: 'Orthogonal',
  zeros: 'Zeros',
  ones: 'Ones',
};

/** The variance-scaling initialisers, as tfjs writes them: [scale, mode, distribution is uniform]. */
const VARIANCE_SCALING: Partial<Record<InitializerName, [number, string, boolean]>> = {
  glorotUniform: [1, 'fan_avg', true],
  glorotNormal: [1, 'fan_avg', false],
  heUniform: [2, 'fan_in', true],
  heNormal: [2, 'fan_in', false],
  leCunUniform: [1, 'fan_in', true],
  leCunNormal: [1, 'fan_in', false],
};

function initializerToKeras(name: InitializerName): KerasValue {
  const scaling = VARIANCE_SCALING[name];
  // Keras spells LeCun 'Lecun' and tfjs 'LeCun'; the VarianceScaling form loads in both.
  if (scaling && name.startsWith('leCun')) {
    return { class_name: 'VarianceScaling', config: { scale: scaling[0], mode: scaling[1], distribution: scaling[2] ? 'uniform' : 'normal', seed: null } };
  }
  if (name === 'zeros' || name === 'ones') return { class_name: KERAS_INITIALIZER[name], config: {} };
  if (name === 'orthogonal') return { class_name: 'Orthogonal', config: { gain: 1, seed: null } };
  return { class_name: KERAS_INITIALIZER[name], config: { seed: null } };
}

function initializerFromKeras(value: KerasValue | undefined): InitializerName | undefined | { unsupported: string } {
  if (value === undefined || value === null) return undefined;
  const className = typeof value === 'string' ? value.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase()) : isObject(value) ? String(value.class_name) : '';
  const config = isObject(value) && isObject(value.config) ? value.config : {};
  const lower = className.toLowerCase();
  const named = INITIALIZERS.find((name) => name.toLowerCase() === lower || KERAS_INITIALIZER[name].toLowerCase() === lower);
  if (named) return named;
  if (className === 'VarianceScaling') {
    const uniform = config.distribution === 'uniform';
    const match = INITIALIZERS.find((name) => {
      const scaling = VARIANCE_SCALING[name];
      return scaling !== undefined && scaling[0] === config.scale && scaling[1] === config.mode && scaling[2] === uniform;
    });
    if (match) return match;
  }
  return { unsupported: JSON.stringify(value) };
}

function activationToKeras(name: string): string {
  return name === 'hardSigmoid' ? 'hard_sigmoid' : name;
}

function activationFromKeras(value: KerasValue | undefined): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  const camel = value.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase());
  return (ACTIVATIONS as readonly string[]).includes(camel) ? camel : value;
}

function isObject(value: KerasValue | undefined): value is { [key: string]: KerasValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInitializerField(field: ParamField): boolean {
  return field.type === 'enum' && field.options.includes('glorotUniform');
}

function isActivationField(field: ParamField): boolean {
  return field.type === 'enum' && field.options.includes('hardSigmoid');
}

/** 'kernel' for the pair kernelL1/kernelL2. */
function penaltyPrefix(name: string): string | null {
  const match = /^(.+)L[12]$/.exec(name);
  return match ? match[1] : null;
}

export interface ConfigReading {
  /** Raw params, checked by the kind's schema afterwards. */
  params: Record<string, unknown>;
  /** Settings the studio cannot represent, "key=value", for the import report. */
  ignored: string[];
  /** Config keys read. */
  used: Set<string>;
}

function codecOf(definition: AnyLayerDefinition, name: string): ParamCodec {
  return definition.keras.codecs?.[name] ?? plainCodec(snakeCase(name));
}

/** A kind's params as its Keras config, without name/trainable/dtype. */
export function paramsToKerasConfig(definition: AnyLayerDefinition, params: LayerParams): KerasConfig {
  const config: KerasConfig = {};
  for (const [name, field] of Object.entries(definition.fields)) {
    const value = params[name];
    const prefix = penaltyPrefix(name);
    if (prefix && field.type === 'float') {
      const l1 = (params[`${prefix}L1`] as number | undefined) ?? 0;
      const l2 = (params[`${prefix}L2`] as number | undefined) ?? 0;
      config[`${snakeCase(prefix)}_regularizer`] = l1 > 0 || l2 > 0 ? { class_name: 'L1L2', config: { l1, l2 } } : null;
      continue;
    }
    if (field.type === 'layer') {
      config[snakeCase(name)] = wrappedToKeras(field, value as WrappedLayer);
      continue;
    }
    if (isInitializerField(field) && !definition.keras.codecs?.[name]) {
      config[snakeCase(name)] = initializerToKeras(value as InitializerName);
      continue;
    }
    if (isActivationField(field) && !definition.keras.codecs?.[name]) {
      config[snakeCase(name)] = activationToKeras(value as string);
      continue;
    }
    const codec = codecOf(definition, name);
    config[codec.key] = codec.toKeras(value);
  }
  return { ...config, ...definition.keras.fixedConfig };
}

function wrappedToKeras(field: LayerField, value: WrappedLayer): KerasValue {
  const inner = field.definitions.find((definition) => definition.kind === value.kind);
  if (!inner) throw new Error(`wrapped layer of unknown kind '${value.kind}'`);
  return { class_name: inner.keras.className, config: paramsToKerasConfig(inner, value.params) };
}

/** Reads a Keras config into raw params, noting what is read and what cannot be represented. */
export function kerasConfigToParams(definition: AnyLayerDefinition, config: KerasConfig, byClass: DefinitionByClass): ConfigReading {
  const params: Record<string, unknown> = {};
  const ignored: string[] = [];
  const used = new Set<string>();
  for (const [name, field] of Object.entries(definition.fields)) {
    const prefix = penaltyPrefix(name);
    if (prefix && field.type === 'float') {
      const key = `${snakeCase(prefix)}_regularizer`;
      used.add(key);
      const penalty = penaltyFromKeras(config[key], name.endsWith('L1') ? 'l1' : 'l2');
      if (penalty === 'unsupported') {
        if (name.endsWith('L1')) ignored.push(`${key}=${JSON.stringify(config[key])}`);
      } else if (penalty !== undefined) params[name] = penalty;
      continue;
    }
    if (field.type === 'layer') {
      const key = snakeCase(name);
      used.add(key);
      const inner = readWrapped(field, config[key], byClass);
      if (typeof inner === 'string') ignored.push(inner);
      else if (inner) {
        params[name] = { kind: inner.kind, params: inner.params };
        ignored.push(...inner.ignored);
      }
      continue;
    }
    if ((isInitializerField(field) || isActivationField(field)) && !definition.keras.codecs?.[name]) {
      const key = snakeCase(name);
      used.add(key);
      const value = isInitializerField(field) ? initializerFromKeras(config[key]) : activationFromKeras(config[key]);
      if (value && typeof value === 'object' && 'unsupported' in value) ignored.push(`${key}=${value.unsupported}`);
      else if (value !== undefined) params[name] = value;
      continue;
    }
    const codec = codecOf(definition, name);
    used.add(codec.key);
    const value = codec.fromKeras(config[codec.key], config);
    if (value !== undefined) params[name] = value;
  }
  for (const [key, value] of Object.entries(definition.keras.fixedConfig ?? {})) {
    used.add(key);
    if (key in config && JSON.stringify(config[key]) !== JSON.stringify(value)) ignored.push(`${key}=${JSON.stringify(config[key])}`);
  }
  return { params, ignored, used };
}

function penaltyFromKeras(value: KerasValue | undefined, which: 'l1' | 'l2'): number | undefined | 'unsupported' {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value) || !isObject(value.config)) return 'unsupported';
  const className = String(value.class_name);
  if (!['L1L2', 'L1', 'L2', 'l1_l2', 'l1', 'l2'].includes(className)) return 'unsupported';
  const factor = value.config[which];
  return typeof factor === 'number' ? factor : 0;
}

function readWrapped(
  field: LayerField,
  value: KerasValue | undefined,
  byClass: DefinitionByClass,
): { kind: string; params: LayerParams; ignored: string[] } | string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value) || !isObject(value.config)) return `layer=${JSON.stringify(value)}`;
  const inner = byClass(String(value.class_name));
  if (!inner || !field.definitions.some((definition) => definition.kind === inner.kind)) {
    return `layer=${String(value.class_name)} (this wrapper can hold ${field.definitions.map((d) => d.keras.className).join(', ')})`;
  }
  const reading = kerasConfigToParams(inner, value.config, byClass);
  return { kind: inner.kind, params: reading.params as LayerParams, ignored: [...reading.ignored, ...unusedSettings(reading.used, value.config)] };
}

/** Keys every layer config may carry that say nothing about the model's maths. */
const NEUTRAL_KEYS = new Set([
  'name',
  'trainable',
  'dtype',
  'batch_input_shape',
  'batch_shape',
  'input_length',
  'implementation',
  'seed',
  'module',
  'registered_name',
  'build_config',
  // Only the starting point of BatchNormalization's running statistics, which training replaces.
  'moving_mean_initializer',
  'moving_variance_initializer',
]);

/** Settings that are fine at these values and otherwise cannot be represented. */
const HARMLESS_VALUES: Record<string, KerasValue[]> = {
  data_format: ['channels_last', null],
  return_state: [false],
  go_backwards: [false],
  stateful: [false],
  unroll: [false],
  time_major: [false],
  sparse: [false],
  ragged: [false],
  noise_shape: [null],
  axis: [-1, [-1]],
  mask_zero: [false],
  groups: [1],
  keepdims: [false],
  // ELU's alpha (tfjs supports only 1) and ReLU's Keras-only extras at their neutral values.
  alpha: [1],
  negative_slope: [0],
  threshold: [0],
  output_padding: [null],
};

/** "key=value" for each config entry that was not read and changes the model. */
export function unusedSettings(used: ReadonlySet<string>, config: KerasConfig): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(config)) {
    if (used.has(key) || NEUTRAL_KEYS.has(key)) continue;
    if (value === null) continue;
    const harmless = HARMLESS_VALUES[key];
    if (harmless && harmless.some((allowed) => JSON.stringify(allowed) === JSON.stringify(value))) continue;
    out.push(`${key}=${JSON.stringify(value)}`);
  }
  return out;
}
