import { boolField, intField, MAX_DIMENSION } from '../param-fields';
import type { Shape } from '../shape';
import { activationField, initializerField, penaltyField, rateField, useBiasField } from './shared-params';
import { requireSequenceInput } from './spatial-shape';

// What SimpleRNN, LSTM and GRU share: they read a sequence (steps, features) and differ in how many
// gates (weight sets) each unit has — 1, 4 and 3.

export const recurrentFields = {
  units: intField({ default: 32, min: 1, max: MAX_DIMENSION }),
  activation: activationField('tanh'),
  returnSequences: boolField(false),
  useBias: useBiasField,
  kernelInitializer: initializerField('glorotUniform'),
  recurrentInitializer: initializerField('orthogonal'),
  biasInitializer: initializerField('zeros'),
  kernelL1: penaltyField,
  kernelL2: penaltyField,
  recurrentL1: penaltyField,
  recurrentL2: penaltyField,
  dropout: rateField(0),
  recurrentDropout: rateField(0),
};

interface RecurrentShapeParams {
  units: number;
  returnSequences: boolean;
  useBias: boolean;
}

export function recurrentOutputShape(title: string, input: Shape, params: RecurrentShapeParams): Shape {
  const [steps] = requireSequenceInput(title, input);
  return params.returnSequences ? [steps, params.units] : [params.units];
}

/** Weights of a recurrent layer with `gates` weight sets per unit: input kernel, recurrent kernel, bias. */
export function recurrentWeights(title: string, gates: number, input: Shape, params: RecurrentShapeParams): number {
  const [, features] = requireSequenceInput(title, input);
  return gates * (params.units * (features + params.units) + (params.useBias ? params.units : 0));
}

export function recurrentFlops(gates: number, input: Shape, params: RecurrentShapeParams): number {
  return 2 * input[0] * gates * params.units * (input[1] + params.units);
}
