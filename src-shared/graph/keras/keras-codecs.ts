import type { ParamValue } from '../param-fields';
import type { KerasConfig, KerasValue, ParamCodec } from './keras-format';

// Codecs for the Keras config entries that are not a plain copy of a param.

/** 'kernelSize' → 'kernel_size'. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function isNumberList(value: KerasValue | undefined): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}

/** A single int that Keras writes as a one-item list: Conv1D's kernel_size [3], MaxPooling1D's pool_size [2]. */
export function singleListCodec(key: string): ParamCodec {
  return {
    key,
    toKeras: (value) => [value as number],
    fromKeras: (value) => (isNumberList(value) && value.length === 1 ? value[0] : (value ?? undefined)),
  };
}

/**
 * [top, bottom, left, right] ↔ Keras' ((top, bottom), (left, right)); Keras also accepts one int
 * for all four sides and (height, width) for symmetric ones.
 */
export function sidesCodec(key: string): ParamCodec {
  return {
    key,
    toKeras: (value) => {
      const [top, bottom, left, right] = value as number[];
      return [
        [top, bottom],
        [left, right],
      ];
    },
    fromKeras: (value) => {
      if (typeof value === 'number') return [value, value, value, value];
      if (isNumberList(value) && value.length === 2) return [value[0], value[0], value[1], value[1]];
      if (Array.isArray(value) && value.length === 2 && value.every((pair) => isNumberList(pair) && pair.length === 2)) {
        return (value as number[][]).flat();
      }
      return value ?? undefined;
    },
  };
}

/** The pooling strides Keras leaves as null mean "the pool size". */
export function stridesOrPoolCodec(key: string, poolKey: string, single: boolean): ParamCodec {
  return {
    key,
    toKeras: (value) => (single ? [value as number] : (value as number[])),
    fromKeras: (value, config) => {
      const source = value ?? config[poolKey];
      if (single && isNumberList(source) && source.length === 1) return source[0];
      if (!single && typeof source === 'number') return [source, source];
      return source ?? undefined;
    },
  };
}

/** A float where 0 means "none", written by Keras as null (ReLU's max_value). */
export function zeroAsNullCodec(key: string): ParamCodec {
  return { key, toKeras: (value) => ((value as number) === 0 ? null : (value as number)), fromKeras: (value) => (value === null ? 0 : value) };
}

/** Input shape ↔ batch_input_shape [null, …] (Keras 2, tfjs) or batch_shape (Keras 3). */
export const batchShapeCodec: ParamCodec = {
  key: 'batch_input_shape',
  toKeras: (value) => [null, ...(value as number[])],
  fromKeras: (value, config: KerasConfig) => {
    const raw = value ?? config.batch_shape;
    // Keras' own metadata sometimes writes the shape as a TensorShape object.
    const list = raw && typeof raw === 'object' && !Array.isArray(raw) && Array.isArray(raw.items) ? raw.items : raw;
    return Array.isArray(list) ? list.slice(1) : undefined;
  },
};

/** Copies a param as it is: numbers, strings, booleans and lists need no conversion. */
export function plainCodec(key: string): ParamCodec {
  return { key, toKeras: (value: ParamValue) => (Array.isArray(value) ? [...value] : (value as KerasValue)), fromKeras: (value) => value ?? undefined };
}
