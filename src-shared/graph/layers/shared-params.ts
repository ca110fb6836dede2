import { boolField, enumField, floatField, type EnumField, type FloatField } from '../param-fields';

// Fields several layer kinds share. Their texts are shared too: locales/<language>.json keeps them
// under `params`, and a kind overrides one under `layers.<kind>.params` only where it means more.

export const ACTIVATIONS = ['linear', 'relu', 'sigmoid', 'tanh', 'softmax', 'elu', 'selu', 'softplus', 'relu6', 'softsign', 'hardSigmoid', 'swish'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

export const PADDINGS = ['valid', 'same'] as const;
export type PaddingName = (typeof PADDINGS)[number];

/** Weight initialisers tfjs and Keras both know; the seeded ones get the run's seed. */
export const INITIALIZERS = [
  'glorotUniform',
  'glorotNormal',
  'heUniform',
  'heNormal',
  'leCunUniform',
  'leCunNormal',
  'randomUniform',
  'randomNormal',
  'truncatedNormal',
  'orthogonal',
  'zeros',
  'ones',
] as const;
export type InitializerName = (typeof INITIALIZERS)[number];

export { MAX_DIMENSION } from '../param-fields';

export function activationField(defaultValue: ActivationName): EnumField<ActivationName> {
  return enumField(ACTIVATIONS, defaultValue);
}

export const useBiasField = boolField(true);

export const paddingField = enumField(PADDINGS, 'valid');

export function initializerField(defaultValue: InitializerName): EnumField<InitializerName> {
  return enumField(INITIALIZERS, defaultValue);
}

/** An L1 or L2 penalty factor on a weight; 0 switches it off. */
export const penaltyField: FloatField = floatField({ default: 0, min: 0, max: 10, step: 0.0001 });

/** The fields of a layer with a kernel and a bias, in inspector order after its own. */
export const kernelFields = {
  useBias: useBiasField,
  kernelInitializer: initializerField('glorotUniform'),
  biasInitializer: initializerField('zeros'),
  kernelL1: penaltyField,
  kernelL2: penaltyField,
};

/** A fraction of the units dropped or switched off: from 0 up to (not including) 1. */
export function rateField(defaultValue: number): FloatField {
  return floatField({ default: defaultValue, min: 0, max: 1, exclusiveMax: true, step: 0.05 });
}
