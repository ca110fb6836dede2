import type * as tfTypes from '@tensorflow/tfjs';
import type { InitializerName } from '../../../../src-shared/graph/layers';
import type { ApplyLayer, Tfjs } from '../layer-factories';
import { fastOrthogonal } from './orthogonal';

// Arguments several tfjs layer constructors share, built from the graph's params.

type Initializer = ReturnType<Tfjs['initializers']['zeros']>;
type Regularizer = ReturnType<Tfjs['regularizers']['l1l2']>;

/**
 * A seeded initialiser, so a run can be repeated. Several weights of one layer get `seed`,
 * `seed + 1`, … so that same-shaped weights do not start equal.
 */
export function initializer(tf: Tfjs, name: InitializerName, seed: number): Initializer {
  const init = tf.initializers;
  switch (name) {
    case 'zeros':
      return init.zeros();
    case 'ones':
      return init.ones();
    case 'glorotUniform':
      return init.glorotUniform({ seed });
    case 'glorotNormal':
      return init.glorotNormal({ seed });
    case 'heUniform':
      return init.heUniform({ seed });
    case 'heNormal':
      return init.heNormal({ seed });
    case 'leCunUniform':
      return init.leCunUniform({ seed });
    case 'leCunNormal':
      return init.leCunNormal({ seed });
    case 'randomUniform':
      return init.randomUniform({ seed });
    case 'randomNormal':
      return init.randomNormal({ seed });
    case 'truncatedNormal':
      return init.truncatedNormal({ seed });
    case 'orthogonal':
      return fastOrthogonal(tf, seed);
  }
}

/** An L1/L2 penalty, or none when both factors are 0. */
export function regularizer(tf: Tfjs, l1: number, l2: number): Regularizer | undefined {
  return l1 > 0 || l2 > 0 ? tf.regularizers.l1l2({ l1, l2 }) : undefined;
}

export interface KernelParams {
  useBias: boolean;
  kernelInitializer: InitializerName;
  biasInitializer: InitializerName;
  kernelL1: number;
  kernelL2: number;
}

/** useBias, initialisers and the kernel penalty of a layer with a kernel and a bias. */
export function kernelArgs(tf: Tfjs, params: KernelParams, seed: number) {
  return {
    useBias: params.useBias,
    kernelInitializer: initializer(tf, params.kernelInitializer, seed),
    biasInitializer: initializer(tf, params.biasInitializer, seed + 1),
    kernelRegularizer: regularizer(tf, params.kernelL1, params.kernelL2),
  };
}

export function singleInput(layer: tfTypes.layers.Layer): ApplyLayer {
  return ([input]) => layer.apply(input) as tfTypes.SymbolicTensor;
}

export function allInputs(layer: tfTypes.layers.Layer): ApplyLayer {
  return (inputs) => layer.apply(inputs) as tfTypes.SymbolicTensor;
}

export const pair = (value: number[]): [number, number] => [value[0], value[1]];

/** [top, bottom, left, right] as tfjs' [[top, bottom], [left, right]]. */
export const sides = (value: number[]): [[number, number], [number, number]] => [
  [value[0], value[1]],
  [value[2], value[3]],
];

/**
 * tfjs' Dropout draws its mask from its seed on every call, so a fixed seed would switch off the
 * same units at every step. The layer gets the next seed before each call instead: masks vary from
 * step to step and a run with the same seed still repeats exactly.
 */
export function advanceSeedEachCall(layer: tfTypes.layers.Layer, seed: number): tfTypes.layers.Layer {
  const seeded = layer as unknown as { seed: number; call: tfTypes.layers.Layer['call'] };
  const call = seeded.call.bind(layer);
  let calls = 0;
  seeded.call = (inputs, kwargs) => {
    seeded.seed = seed + calls;
    calls += 1;
    return call(inputs, kwargs);
  };
  return layer;
}
