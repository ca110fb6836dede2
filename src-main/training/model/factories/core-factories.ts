import type { LayerFactories } from '../layer-factories';
import { allInputs, kernelArgs, singleInput } from './factory-args';

type CoreKinds = 'input' | 'dense' | 'flatten' | 'dropout' | 'batchNormalization' | 'activation' | 'concatenate' | 'add';

export const CORE_FACTORIES: Pick<LayerFactories, CoreKinds> = {
  input: (tf, params, { name }) => {
    const input = tf.input({ shape: [...params.shape], name });
    return () => input;
  },
  dense: (tf, params, { name, seed }) =>
    singleInput(tf.layers.dense({ name, units: params.units, activation: params.activation, ...kernelArgs(tf, params, seed) })),
  flatten: (tf, _params, { name }) => singleInput(tf.layers.flatten({ name })),
  dropout: (tf, params, { name, seed }) => singleInput(tf.layers.dropout({ name, rate: params.rate, seed })),
  batchNormalization: (tf, params, { name }) =>
    singleInput(
      tf.layers.batchNormalization({
        name,
        axis: -1,
        momentum: params.momentum,
        epsilon: params.epsilon,
        center: params.center,
        scale: params.scale,
        betaInitializer: params.betaInitializer,
        gammaInitializer: params.gammaInitializer,
      }),
    ),
  activation: (tf, params, { name }) => singleInput(tf.layers.activation({ name, activation: params.activation })),
  concatenate: (tf, _params, { name }) => allInputs(tf.layers.concatenate({ name, axis: -1 })),
  add: (tf, _params, { name }) => allInputs(tf.layers.add({ name })),
};
