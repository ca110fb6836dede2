import type { Localized, ParamSpec } from '../layer-definition';

// Parameter specs that several layer kinds share, so their texts stay the same everywhere.

export const ACTIVATIONS = ['linear', 'relu', 'sigmoid', 'tanh', 'softmax', 'elu', 'selu', 'softplus', 'relu6'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

export const PADDINGS = ['valid', 'same'] as const;
export type PaddingName = (typeof PADDINGS)[number];

/** Largest size accepted for a count or a dimension: far beyond what trains here, small enough to catch typos. */
export const MAX_DIMENSION = 65_536;

export function activationParam(defaultValue: ActivationName): ParamSpec {
  return {
    name: 'activation',
    type: 'enum',
    default: defaultValue,
    options: ACTIVATIONS,
    label: { en: 'Activation', es: 'Función de activación' },
    help: {
      en: 'Non-linear function applied to each output; it is what lets the network solve non-linear problems. relu for hidden layers, softmax for a multi-class output, sigmoid for a single binary output, linear (no change) for regression.',
      es: 'Función no lineal que se aplica a cada salida: introduce no-linealidad y permite resolver problemas no lineales. relu para las capas ocultas, softmax para una salida multiclase, sigmoid para una salida binaria, linear (sin cambio) para regresión.',
    },
  };
}

export const useBiasParam: ParamSpec = {
  name: 'useBias',
  type: 'bool',
  default: true,
  label: { en: 'Use bias', es: 'Usar bias' },
  help: {
    en: 'Adds a learned bias b to each output (y = f(Σ wᵢxᵢ + b)). Leave it on unless a BatchNormalization layer follows, which already shifts the values.',
    es: 'Agrega a cada salida un bias b que se aprende (y = f(Σ wᵢxᵢ + b)). Déjalo activado salvo que le siga una capa BatchNormalization, que ya desplaza los valores.',
  },
};

export const paddingParam: ParamSpec = {
  name: 'padding',
  type: 'enum',
  default: 'valid',
  options: PADDINGS,
  label: { en: 'Padding', es: 'Padding' },
  help: {
    en: "valid: no padding, the output is smaller than the input. same: zero-valued pixels are added around the image so that, with stride 1, the output keeps the input's size.",
    es: 'valid: sin padding, la salida es más chica que la entrada. same: se agregan píxeles de valor cero alrededor de la imagen para que, con stride 1, el mapa de características tenga el mismo tamaño que la entrada.',
  },
};

/** A [height, width] pair such as a kernel size, a pool size or strides. */
export function pairParam(name: string, defaultValue: [number, number], label: Localized, help: Localized): ParamSpec {
  return { name, type: 'ints', default: defaultValue, length: 2, min: 1, max: MAX_DIMENSION, label, help };
}
