import type { LayerFactories } from '../layer-factories';
import { initializer, singleInput } from './factory-args';

type ActivationKinds = 'activation' | 'relu' | 'leakyRelu' | 'prelu' | 'elu' | 'softmax';

export const ACTIVATION_FACTORIES: Pick<LayerFactories, ActivationKinds> = {
  activation: (tf, params, { name }) => singleInput(tf.layers.activation({ name, activation: params.activation })),
  relu: (tf, params, { name }) => singleInput(tf.layers.reLU({ name, maxValue: params.maxValue > 0 ? params.maxValue : undefined })),
  leakyRelu: (tf, params, { name }) => singleInput(tf.layers.leakyReLU({ name, alpha: params.alpha })),
  prelu: (tf, params, { name, seed }) => singleInput(tf.layers.prelu({ name, alphaInitializer: initializer(tf, params.alphaInitializer, seed) })),
  elu: (tf, _params, { name }) => singleInput(tf.layers.elu({ name })),
  softmax: (tf, _params, { name }) => singleInput(tf.layers.softmax({ name, axis: -1 })),
};
